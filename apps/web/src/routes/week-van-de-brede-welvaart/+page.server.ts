import type { PageServerLoad } from './$types'

import { cms } from '$lib/server/cms'
import { editionCard, pageBlocks } from '$lib/server/content'
import { m } from '$lib/messages'

/** The Week van de Brede Welvaart: the editor's page of that name (if published) and every edition. */
export const load: PageServerLoad = async () => {
  const client = cms()
  const [intro, editions] = await Promise.all([client.findBySlug('pages', 'week-van-de-brede-welvaart', 2), client.all('editions', { sort: '-year', depth: 0 })])
  return {
    title: intro?.title ?? m.week.title,
    intro: intro?.intro ?? '',
    blocks: pageBlocks(intro?.layout),
    editions: editions.map(editionCard),
  }
}
