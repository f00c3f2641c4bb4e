import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { paginate, readPage } from '$lib/filters'
import { cms } from '$lib/server/cms'
import { itemCard } from '$lib/server/content'

import { knowledgeQuery } from './filters'

const pageSize = 12

export const load: PageServerLoad = async ({ url }) => {
  const client = cms()
  const page = readPage(url.searchParams)
  const [themes, programmes, regions, oldest] = await Promise.all([
    client.all('themes', { sort: 'order', depth: 0, select: { title: true, slug: true } }),
    client.all('programmes', { sort: 'title', depth: 0, select: { title: true, slug: true } }),
    client.all('regions', { sort: 'title', depth: 0, select: { title: true, slug: true, parent: true } }),
    client.list('knowledge-items', { sort: 'publishedAt', limit: 1, depth: 0, select: { publishedAt: true } }),
  ])
  const query = knowledgeQuery(url.searchParams, { themes, programmes, regions, firstYear: oldest.docs[0]?.publishedAt, now: new Date() })
  const result = await client.list('knowledge-items', { where: query.where, sort: query.sort, page, limit: pageSize, depth: 0 })
  if (page > 1 && page > result.totalPages) error(404, 'Deze pagina van de kennisbank bestaat niet (meer). Begin bij de eerste pagina.')
  return {
    items: result.docs.map(itemCard),
    totalDocs: result.totalDocs,
    filters: query.filters,
    sortFilter: query.sortFilter,
    filtered: query.filtered,
    pagination: paginate(url, result.page ?? page, result.totalPages),
  }
}
