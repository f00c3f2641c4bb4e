import { createCmsClient, type CmsClient } from '@kennisbank/cms-client'

import { readConfig } from './config'
import { addTags } from './render-scope'

let client: CmsClient | undefined

/** The portal's one CMS client (server-only). */
export function cms(): CmsClient {
  const { cmsUrl, portalKey } = readConfig()
  client ??= createCmsClient({ baseUrl: cmsUrl, portalKey, onRead: addTags })
  return client
}
