import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { m } from '$lib/messages'
import { cms } from '$lib/server/cms'
import { validSlug } from '$lib/server/content'
import { countryCode, figureGroups, provinceCode } from '$lib/server/figures'

/** One region's figures against Noord-Brabant and the Netherlands, by perspective and theme. */
export const load: PageServerLoad = async ({ params }) => {
  const slug = validSlug(params.slug)
  const region = slug ? await cms().findBySlug('regions', slug, 0) : null
  if (!region?.cbsCode || region.cbsCode === countryCode) error(404, m.error.regionNotFound)
  const codes = [...new Set([region.cbsCode, provinceCode, countryCode])]
  const { groups, anyExample } = await figureGroups({ codes, withValueOnly: true })
  return {
    region: { title: region.title, description: region.description ?? '' },
    columns: codes.map((code) => (code === region.cbsCode ? region.title : code === provinceCode ? m.figures.brabant : m.figures.netherlands)),
    groups,
    anyExample,
  }
}
