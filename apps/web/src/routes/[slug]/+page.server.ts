import type { PageServerLoad } from './$types'

import { freePage } from '$lib/server/pages'
import { pageDocument } from '$lib/server/preview'

export const load: PageServerLoad = async ({ params, url }) => {
  const { doc, preview } = await pageDocument('pages', params.slug, url)
  return { ...freePage(doc), preview }
}
