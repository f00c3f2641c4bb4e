// Uploads are served by the portal from the CMS: the file and its validators pass through, streamed.
import { portalKeyHeader, previewHeader } from '@kennisbank/types/api'

import { cms } from './cms'
import { readConfig } from './config'

/** Headers of the CMS's answer that the visitor gets too. */
const passed = ['content-type', 'content-length', 'etag', 'last-modified', 'cache-control', 'accept-ranges', 'content-range']

/** A file name as Payload stores it: no path, no control characters. */
const fileName = /^[^/\\\u0000-\u001f]{1,255}$/

/**
 * The CMS's answer for an upload, ready to send on (200, 206 or 304), or null when it has no such
 * public file. Files can never run as part of the portal: they get a sandboxing CSP and `nosniff`.
 */
export async function mediaFile(file: string, headers: Headers, previewToken: string | null = null): Promise<Response | null> {
  if (!fileName.test(file) || file === '.' || file === '..') return null
  // The portal's key spares its visitors the CMS's per-client limit; it grants no access (the request stays anonymous).
  const forwarded = new Headers({ [portalKeyHeader]: readConfig().portalKey, ...(previewToken ? { [previewHeader]: previewToken } : {}) })
  for (const name of ['if-none-match', 'if-modified-since', 'range']) {
    const value = headers.get(name)
    if (value) forwarded.set(name, value)
  }
  const upstream = await fetch(`${readConfig().cmsUrl}/api/media/file/${encodeURIComponent(file)}`, { headers: forwarded, signal: AbortSignal.timeout(30_000) })
  if (upstream.status === 404 || upstream.status === 403) return null
  // Payload answers 500 for a file name it has no file for; only a file it knows is a real failure.
  if (upstream.status >= 500 && !(await isKnownFile(file))) return null
  if (!upstream.ok && upstream.status !== 304) throw new Error(`CMS answered ${upstream.status} for media file ${file}`)
  const out = new Headers({ 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" })
  for (const name of passed) {
    const value = upstream.headers.get(name)
    if (value) out.set(name, value)
  }
  // A preview's file may not be public: for this editor only, never kept on the way.
  if (previewToken) out.set('cache-control', 'private, no-store')
  else if (!out.has('cache-control')) out.set('cache-control', 'public, max-age=3600')
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers: out })
}

const sizeNames = ['thumbnail', 'small', 'medium', 'large']

/** Whether the CMS has an upload with this file name (the original or one of its sizes). */
async function isKnownFile(file: string): Promise<boolean> {
  const or = [{ filename: { equals: file } }, ...sizeNames.map((size) => ({ [`sizes.${size}.filename`]: { equals: file } }))]
  const { totalDocs } = await cms().list('media', { where: { or }, limit: 1, depth: 0, select: { id: true } })
  return totalDocs > 0
}
