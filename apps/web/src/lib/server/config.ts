import { env } from '$env/dynamic/private'

/** Runtime configuration of the portal, checked once at start-up (hooks.server.ts `init`). */
export function readConfig() {
  const cmsUrl = env.CMS_URL
  if (!cmsUrl) {
    throw new Error('CMS_URL is not set: the portal needs the address of the CMS, e.g. CMS_URL=http://localhost:3000')
  }
  let parsed: URL
  try {
    parsed = new URL(cmsUrl)
  } catch {
    throw new Error(`CMS_URL is not a valid URL: "${cmsUrl}"`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`CMS_URL must use http or https: "${cmsUrl}"`)
  }
  const portalKey = env.PORTAL_API_KEY
  if (!portalKey) {
    throw new Error('PORTAL_API_KEY is not set: the portal needs the key the CMS knows it by (the same value as the CMS\'s PORTAL_API_KEY)')
  }
  // The CMS's address as editors' browsers know it (the admin's origin, for live preview); CMS_URL may be an internal one.
  let cmsPublicOrigin = parsed.origin
  if (env.CMS_PUBLIC_URL) {
    try {
      cmsPublicOrigin = new URL(env.CMS_PUBLIC_URL).origin
    } catch {
      throw new Error(`CMS_PUBLIC_URL is not a valid URL: "${env.CMS_PUBLIC_URL}"`)
    }
  }
  return { cmsUrl: parsed.origin, cmsPublicOrigin, portalKey }
}
