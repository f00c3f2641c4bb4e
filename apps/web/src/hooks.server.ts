import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit'
import { sequence } from '@sveltejs/kit/hooks'
import { CmsError } from '@kennisbank/cms-client'

import { readConfig } from '$lib/server/config'
import { m } from '$lib/messages'

export const init: ServerInit = async () => {
  // Fails the start-up with a clear message when the configuration is missing or wrong.
  readConfig()
}

const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event)
  response.headers.set('x-content-type-options', 'nosniff')
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin')
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()')
  return response
}

export const handle = sequence(securityHeaders)

export const handleError: HandleServerError = ({ error, status }) => {
  if (error instanceof CmsError) {
    console.error(`[cms] ${error.message} (${error.url})`)
    return { message: m.error.cmsDown }
  }
  if (status !== 404) console.error(error)
  return { message: status === 404 ? m.error.pageNotFound : m.error.server }
}
