import type { PageServerLoad } from './$types'

import { cms } from '$lib/server/cms'
import { programmeCard } from '$lib/server/content'

export const load: PageServerLoad = async () => {
  const programmes = await cms().all('programmes', { sort: 'title', depth: 0, select: { title: true, slug: true, summary: true } })
  return { programmes: programmes.map(programmeCard) }
}
