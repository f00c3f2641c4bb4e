import type { PageServerLoad } from './$types'

import { labelOf, perspectives } from '@kennisbank/types/vocabularies'

import { cms } from '$lib/server/cms'
import { themeCard } from '$lib/server/content'

export const load: PageServerLoad = async () => {
  const themes = await cms().all('themes', { sort: 'order', depth: 0, select: { title: true, slug: true, summary: true, perspective: true } })
  return {
    groups: perspectives
      .map(({ value }) => ({ title: labelOf(perspectives, value), themes: themes.filter((theme) => theme.perspective === value).map(themeCard) }))
      .filter((group) => group.themes.length > 0),
  }
}
