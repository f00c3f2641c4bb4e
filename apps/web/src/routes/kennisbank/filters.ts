import type { Programme, Region, Theme } from '@kennisbank/types'
import { audiences, knowledgeTypes } from '@kennisbank/types/vocabularies'

import { readFilter, type Filter } from '$lib/filters'

type Lookups = {
  themes: Pick<Theme, 'id' | 'title' | 'slug'>[]
  programmes: Pick<Programme, 'id' | 'title' | 'slug'>[]
  regions: Pick<Region, 'id' | 'title' | 'slug' | 'parent'>[]
  /** Publication date of the oldest item: the year filter starts there. */
  firstYear: string | null | undefined
  now: Date
}

const sorts = {
  nieuwste: { label: 'Nieuwste eerst', sort: '-publishedAt' },
  oudste: { label: 'Oudste eerst', sort: 'publishedAt' },
  titel: { label: 'Titel (A–Z)', sort: 'title' },
} as const

const amsterdamYearStart = (year: number) => `${year}-01-01T00:00:00+01:00`

/** A region and everything below it (a region filter also finds items of its municipalities). */
function withDescendants(regions: Lookups['regions'], id: number): number[] {
  const parentOf = (region: Lookups['regions'][number]) => (typeof region.parent === 'object' ? region.parent?.id : region.parent)
  const found = new Set([id])
  for (let grew = true; grew; ) {
    grew = false
    for (const region of regions) {
      const parent = parentOf(region)
      if (parent !== undefined && parent !== null && found.has(parent) && !found.has(region.id)) {
        found.add(region.id)
        grew = true
      }
    }
  }
  return [...found]
}

/** The kennisbank's filters and sort from the query string, and the CMS query they make. */
export function knowledgeQuery(params: URLSearchParams, lookups: Lookups) {
  const bySlug = (docs: { slug: string; title: string }[]) => docs.map((doc) => ({ value: doc.slug, label: doc.title }))
  const lastYear = lookups.now.getFullYear()
  const firstYear = Math.min(lastYear, new Date(lookups.firstYear ?? lookups.now).getFullYear())
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(lastYear - i))

  const filters: Filter[] = [
    readFilter(params, { name: 'soort', label: 'Soort', all: 'Alle soorten', options: knowledgeTypes }),
    readFilter(params, { name: 'thema', label: 'Thema', all: 'Alle thema’s', options: bySlug(lookups.themes) }),
    readFilter(params, { name: 'programma', label: 'Programma', all: 'Alle programma’s', options: bySlug(lookups.programmes) }),
    readFilter(params, { name: 'regio', label: 'Regio', all: 'Heel Brabant', options: bySlug(lookups.regions) }),
    readFilter(params, { name: 'doelgroep', label: 'Doelgroep', all: 'Alle doelgroepen', options: audiences }),
    readFilter(params, { name: 'jaar', label: 'Jaar', all: 'Alle jaren', options: years.map((year) => ({ value: year, label: year })) }),
  ]
  const sortFilter = readFilter(params, {
    name: 'sorteer',
    label: 'Sorteren',
    all: '',
    options: Object.entries(sorts).map(([value, { label }]) => ({ value, label })),
  })
  const value = (name: string) => filters.find((filter) => filter.name === name)?.value ?? ''
  const idOf = (docs: { id: number; slug: string }[], slug: string) => docs.find((doc) => doc.slug === slug)?.id

  const and: Record<string, unknown>[] = []
  if (value('soort')) and.push({ type: { equals: value('soort') } })
  if (value('thema')) and.push({ themes: { in: [idOf(lookups.themes, value('thema'))] } })
  if (value('programma')) and.push({ programmes: { in: [idOf(lookups.programmes, value('programma'))] } })
  if (value('regio')) and.push({ regions: { in: withDescendants(lookups.regions, idOf(lookups.regions, value('regio'))!) } })
  if (value('doelgroep')) and.push({ audience: { in: [value('doelgroep')] } })
  if (value('jaar')) {
    const year = Number(value('jaar'))
    and.push({ publishedAt: { greater_than_equal: amsterdamYearStart(year) } }, { publishedAt: { less_than: amsterdamYearStart(year + 1) } })
  }
  return {
    filters,
    sortFilter,
    filtered: and.length > 0,
    where: and.length ? { and } : {},
    sort: sorts[(sortFilter.value || 'nieuwste') as keyof typeof sorts].sort,
  }
}
