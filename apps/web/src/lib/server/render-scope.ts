// What one page render depended on, gathered while it runs: the CMS reads report their cache tags here
// (the CMS client's onRead), and a failing CMS marks the render. hooks.server.ts opens the scope.
import { AsyncLocalStorage } from 'node:async_hooks'

import type { CmsError } from '@kennisbank/cms-client'
import { previewParam } from '@kennisbank/types/api'

import { log } from '../../../server/log.js'

export type RenderScope = { tags: Set<string>; cmsDown: boolean }

const scope = new AsyncLocalStorage<RenderScope>()

export function withRenderScope<T>(work: (scope: RenderScope) => Promise<T>): Promise<T> {
  const current: RenderScope = { tags: new Set(), cmsDown: false }
  return scope.run(current, () => work(current))
}

export function addTags(tags: string[]): void {
  const current = scope.getStore()
  if (current) for (const tag of tags) current.tags.add(tag)
}

function markCmsDown(): void {
  const current = scope.getStore()
  if (current) current.cmsDown = true
}

/** A CMS call failed: logged, and when the CMS itself failed (5xx, or not reached) the page being made is marked, so a kept copy is served instead. */
export function cmsFailed(error: CmsError): void {
  if (error.status >= 500) markCmsDown()
  log.error({ status: error.status, url: error.url, reason: error.message }, 'CMS call failed')
}

// A preview's uploads may not be public yet: while its page is made, media URLs carry its token, and
// the portal's /media route passes it on to the CMS (lib/server/media.ts).
const previewToken = new AsyncLocalStorage<string>()

export const withPreviewToken = <T>(token: string, work: () => T): T => previewToken.run(token, work)

/** `?preview=<token>` while a preview is made, else nothing. */
export function mediaQuery(): string {
  const token = previewToken.getStore()
  return token ? `?${previewParam}=${encodeURIComponent(token)}` : ''
}
