import { json } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { readQuery } from '$lib/filters'
import { paths } from '$lib/paths'
import { cms } from '$lib/server/cms'

/** Titles for the search field's suggestion list (the browser never talks to the CMS itself). */
export const GET: RequestHandler = async ({ url }) => {
  const q = readQuery(url.searchParams, 'q')
  const { suggestions } = await cms().suggest(q)
  return json(
    { suggestions: suggestions.map(({ slug, title }) => ({ title, href: paths.item(slug) })) },
    { headers: { 'cache-control': 'public, max-age=60' } },
  )
}
