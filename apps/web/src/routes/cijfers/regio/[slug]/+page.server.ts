import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { labelOf, perspectives } from '@kennisbank/types/vocabularies'

import { m } from '$lib/messages'
import { cms } from '$lib/server/cms'
import { validSlug } from '$lib/server/content'
import { countryCode, loadSummaries, provinceCode } from '$lib/server/figures'

/** One region's figures against Noord-Brabant and the Netherlands, by perspective and theme. */
export const load: PageServerLoad = async ({ params }) => {
  const slug = validSlug(params.slug)
  const region = slug ? await cms().findBySlug('regions', slug, 0) : null
  if (!region?.cbsCode || region.cbsCode === countryCode) error(404, m.error.regionNotFound)
  const codes = [...new Set([region.cbsCode, provinceCode, countryCode])]
  const [themes, { summaries, figures }] = await Promise.all([
    cms().all('themes', { sort: 'order', depth: 0, select: { title: true, slug: true, perspective: true } }),
    loadSummaries({ codes }),
  ])
  const shown = summaries.map((summary, i) => ({ summary, theme: figures[i]!.theme?.slug })).filter(({ summary }) => summary.values[0])
  return {
    region: { title: region.title, description: region.description ?? '' },
    columns: codes.map((code) => (code === region.cbsCode ? region.title : code === provinceCode ? m.figures.brabant : m.figures.netherlands)),
    groups: perspectives
      .map(({ value }) => ({
        title: labelOf(perspectives, value),
        themes: themes
          .filter((theme) => theme.perspective === value)
          .map((theme) => ({ title: theme.title, slug: theme.slug!, figures: shown.filter((entry) => entry.theme === theme.slug).map((entry) => entry.summary) }))
          .filter((theme) => theme.figures.length > 0),
      }))
      .filter((group) => group.themes.length > 0),
    anyExample: shown.some(({ summary }) => summary.exampleData),
  }
}
