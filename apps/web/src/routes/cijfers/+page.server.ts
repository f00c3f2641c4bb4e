import type { PageServerLoad } from './$types'

import { labelOf, perspectives } from '@kennisbank/types/vocabularies'

import { cms } from '$lib/server/cms'
import { loadSummaries } from '$lib/server/figures'

export const load: PageServerLoad = async () => {
  const [themes, { summaries, figures }] = await Promise.all([cms().all('themes', { sort: 'order', depth: 0, select: { title: true, slug: true, perspective: true } }), loadSummaries()])
  const byTheme = (slug: string) => summaries.filter((_, i) => figures[i]!.theme?.slug === slug)
  return {
    groups: perspectives
      .map(({ value }) => ({
        title: labelOf(perspectives, value),
        themes: themes
          .filter((theme) => theme.perspective === value)
          .map((theme) => ({ title: theme.title, slug: theme.slug!, figures: byTheme(theme.slug!) }))
          .filter((theme) => theme.figures.length > 0),
      }))
      .filter((group) => group.themes.length > 0),
    anyExample: figures.some((figure) => figure.exampleData),
  }
}
