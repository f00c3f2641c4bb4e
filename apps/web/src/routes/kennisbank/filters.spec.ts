import type { FacetValue, SearchFacet } from '@kennisbank/types/api'
import { describe, expect, it } from 'vitest'

import { waysOut } from './filters'

const noFacets = { type: [], theme: [], programme: [], region: [], audience: [], evidence: [], year: [] } as Record<SearchFacet, FacetValue[]>

describe('ways out of an empty result', () => {
  it('leaves no count without a handler when the CMS fails while they are gathered (an unhandled rejection stops the portal)', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      const cmsGone = () => new Promise<never>((_, reject) => setTimeout(() => reject(new Error('CMS niet bereikbaar')), 5))
      const url = new URL('http://portal.test/kennisbank?zoekterm=fietsenstalling&soort=lesson&regio=breda')
      await expect(waysOut(url, { q: 'fietsenstalling', type: 'lesson', region: 'breda', page: 1, limit: 12 }, noFacets, cmsGone, cmsGone)).rejects.toThrow('CMS niet bereikbaar')
      await new Promise((resolve) => setTimeout(resolve, 50))
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
    expect(unhandled).toEqual([])
  })

  it('offers each filter dropped, the wider region and the search without words, most results first', async () => {
    const url = new URL('http://portal.test/kennisbank?zoekterm=fietsenstalling&soort=lesson&regio=breda&pagina=2')
    const counts: Record<string, number> = { 'lesson|west-brabant|fietsenstalling': 2, '|breda|fietsenstalling': 1, 'lesson|breda|': 5 }
    const ways = await waysOut(
      url,
      { q: 'fietsenstalling', type: 'lesson', region: 'breda', page: 2, limit: 12 },
      noFacets,
      async (wider) => counts[`${wider.type ?? ''}|${wider.region ?? ''}|${wider.q ?? ''}`] ?? 0,
      async () => ({ slug: 'west-brabant', title: 'West-Brabant' }),
    )
    expect(ways.map((way) => [way.href, way.count])).toEqual([
      ['/kennisbank?soort=lesson&regio=breda', 5],
      ['/kennisbank?zoekterm=fietsenstalling&soort=lesson&regio=west-brabant', 2],
      ['/kennisbank?zoekterm=fietsenstalling&regio=breda', 1],
    ])
  })
})
