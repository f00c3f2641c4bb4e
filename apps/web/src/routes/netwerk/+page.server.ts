import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { organisationKinds } from '@kennisbank/types/vocabularies'

import { paginate, readFilter, readPage } from '$lib/filters'
import { cms } from '$lib/server/cms'
import { organisationCard } from '$lib/server/content'
import { m } from '$lib/messages'

const pageSize = 24

export const load: PageServerLoad = async ({ url }) => {
  const client = cms()
  const page = readPage(url.searchParams)
  const regions = await client.all('regions', { sort: 'title', depth: 0, select: { title: true, slug: true } })
  const filters = [
    readFilter(url.searchParams, { name: 'soort', ...m.filters.organisationKind, options: organisationKinds }),
    readFilter(url.searchParams, { name: 'regio', ...m.filters.region, options: regions.map((r) => ({ value: r.slug, label: r.title })) }),
  ]
  const [kind, region] = filters.map((filter) => filter.value)
  const and: Record<string, unknown>[] = []
  if (kind) and.push({ kind: { equals: kind } })
  if (region) and.push({ region: { equals: regions.find((r) => r.slug === region)?.id } })
  const result = await client.list('organisations', { where: and.length ? { and } : {}, sort: 'title', page, limit: pageSize, depth: 1 })
  if (page > 1 && page > result.totalPages) error(404, m.error.listPageGone(m.network.listName))
  return {
    organisations: result.docs.map(organisationCard),
    totalDocs: result.totalDocs,
    filters,
    filtered: and.length > 0,
    pagination: paginate(url, result.page ?? page, result.totalPages),
  }
}
