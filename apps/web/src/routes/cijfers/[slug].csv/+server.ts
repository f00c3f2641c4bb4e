import { error } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { m } from '$lib/messages'
import { validSlug } from '$lib/server/content'
import { figureTable, loadFigures } from '$lib/server/figures'

/** RFC 4180: a field in quotes when it holds a comma, quote or line break (quotes doubled). */
const field = (value: string | number) => {
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One indicator's figures as CSV: one row per region and year, decimal point, UTF-8. */
export const GET: RequestHandler = async ({ params }) => {
  const slug = validSlug(params.slug)
  const figures = slug ? (await loadFigures({ slug }))[0] : undefined
  if (!figures) error(404, m.error.indicatorNotFound)
  const { columns, rows } = figureTable(figures)
  const body = [columns, ...rows.map((row) => columns.map((column) => row[column]))].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
  return new Response(body, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${figures.slug}.csv"` },
  })
}
