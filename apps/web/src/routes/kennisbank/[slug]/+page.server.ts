import type { PageServerLoad } from './$types'

import { itemPage } from '$lib/server/pages'
import { pageDocument } from '$lib/server/preview'

export const load: PageServerLoad = async ({ params, url }) => {
  const { doc, preview } = await pageDocument('knowledge-items', params.slug, url)
  return { ...(await itemPage(doc)), preview }
}
