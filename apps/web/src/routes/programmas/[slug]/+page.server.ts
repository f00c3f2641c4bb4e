import type { PageServerLoad } from './$types'

import { programmePage } from '$lib/server/pages'
import { pageDocument } from '$lib/server/preview'

export const load: PageServerLoad = async ({ params, url }) => {
  const { doc, preview } = await pageDocument('programmes', params.slug, url)
  return { ...(await programmePage(doc)), preview }
}
