import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { eventTypes } from '@kennisbank/types/vocabularies'

import { paginate, readFilter, readPage } from '$lib/filters'
import { cms, currentMinute } from '$lib/server/cms'
import { eventCard } from '$lib/server/content'
import { m } from '$lib/messages'

const pageSize = 12

export const load: PageServerLoad = async ({ url }) => {
  const client = cms()
  const page = readPage(url.searchParams)
  const [themes, programmes, regions] = await Promise.all([
    client.all('themes', { sort: 'order', depth: 0, select: { title: true, slug: true } }),
    client.all('programmes', { sort: 'title', depth: 0, select: { title: true, slug: true } }),
    client.all('regions', { sort: 'title', depth: 0, select: { title: true, slug: true } }),
  ])
  const bySlug = (docs: { slug: string; title: string }[]) => docs.map((doc) => ({ value: doc.slug, label: doc.title }))
  const when = readFilter(url.searchParams, {
    name: 'wanneer',
    label: m.agenda.when,
    all: '',
    options: [
      { value: 'komend', label: m.agenda.upcoming },
      { value: 'afgelopen', label: m.agenda.past },
    ],
  })
  const filters = [
    readFilter(url.searchParams, { name: 'soort', ...m.filters.type, options: eventTypes }),
    readFilter(url.searchParams, { name: 'thema', ...m.filters.theme, options: bySlug(themes) }),
    readFilter(url.searchParams, { name: 'programma', ...m.filters.programme, options: bySlug(programmes) }),
    readFilter(url.searchParams, { name: 'regio', ...m.filters.region, options: bySlug(regions) }),
  ]
  const value = (name: string) => filters.find((filter) => filter.name === name)?.value ?? ''
  const idOf = (docs: { id: number; slug: string }[], slug: string) => docs.find((doc) => doc.slug === slug)?.id
  const past = when.value === 'afgelopen'
  const now = currentMinute()
  const and: Record<string, unknown>[] = [past ? { endsAt: { less_than: now } } : { endsAt: { greater_than_equal: now } }]
  if (value('soort')) and.push({ type: { equals: value('soort') } })
  if (value('thema')) and.push({ themes: { in: [idOf(themes, value('thema'))] } })
  if (value('programma')) and.push({ programme: { equals: idOf(programmes, value('programma')) } })
  if (value('regio')) and.push({ regions: { in: [idOf(regions, value('regio'))] } })

  const result = await client.list('events', { where: { and }, sort: past ? '-startsAt' : 'startsAt', page, limit: pageSize, depth: 1 })
  if (page > 1 && page > result.totalPages) error(404, m.error.listPageGone(m.agenda.listName))
  return {
    past,
    when,
    filters,
    filtered: filters.some((filter) => filter.value),
    events: result.docs.map(eventCard),
    totalDocs: result.totalDocs,
    pagination: paginate(url, result.page ?? page, result.totalPages),
  }
}
