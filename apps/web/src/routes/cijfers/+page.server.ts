import type { PageServerLoad } from './$types'

import { labelOf, perspectives } from '@kennisbank/types/vocabularies'

import { cms } from '$lib/server/cms'
import { countryCode, figureRegions, loadSummaries } from '$lib/server/figures'

export const load: PageServerLoad = async () => {
  const [themes, { summaries, figures }, regions] = await Promise.all([
    cms().all('themes', { sort: 'order', depth: 0, select: { title: true, slug: true, perspective: true } }),
    loadSummaries(),
    figureRegions(),
  ])
  const byName = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'nl')
  const regionLinks = (kind: string) =>
    [...regions.values()]
      .filter((region) => region.kind === kind && region.code !== countryCode)
      .sort(byName)
      .map((region) => ({ title: region.title, href: `/cijfers/regio/${region.slug}` }))
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
    regions: [regionLinks('region'), regionLinks('municipality')].filter((links) => links.length),
  }
}
