import type { PageServerLoad } from './$types'

import { countryCode, figureGroups, figureRegions } from '$lib/server/figures'

export const load: PageServerLoad = async () => {
  const [{ groups, anyExample }, regions] = await Promise.all([figureGroups(), figureRegions()])
  const byName = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'nl')
  const regionLinks = (kind: string) =>
    [...regions.values()]
      .filter((region) => region.kind === kind && region.code !== countryCode)
      .sort(byName)
      .map((region) => ({ title: region.title, href: `/cijfers/regio/${region.slug}` }))
  return {
    groups,
    anyExample,
    regions: [regionLinks('region'), regionLinks('municipality')].filter((links) => links.length),
  }
}
