import { error, json } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { m } from '$lib/messages'
import { validSlug } from '$lib/server/content'
import { figureTable, indicatorMeta, loadFigures } from '$lib/server/figures'

/** One indicator's figures as JSON: what it measures, its source and licence, and every value. */
export const GET: RequestHandler = async ({ params, url }) => {
  const slug = validSlug(params.slug)
  const figures = slug ? (await loadFigures({ slug }))[0] : undefined
  if (!figures) error(404, m.error.indicatorNotFound)
  return json({ indicator: indicatorMeta(figures, url.origin), observations: figureTable(figures).rows })
}
