import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { cms } from '$lib/server/cms'

const pageSize = 12

export const load: PageServerLoad = async ({ url }) => {
  const raw = url.searchParams.get('pagina') ?? '1'
  const page = /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : NaN
  if (Number.isNaN(page)) error(400, 'Dit paginanummer bestaat niet.')
  const result = await cms().knowledgeItems.list({ page, limit: pageSize, depth: 0 })
  if (page > 1 && page > result.totalPages) error(404, 'Deze pagina van de kennisbank bestaat niet.')
  return {
    items: result.docs.map(({ title, slug, summary, type, publishedAt }) => ({ title, slug, summary, type, publishedAt })),
    page: result.page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}
