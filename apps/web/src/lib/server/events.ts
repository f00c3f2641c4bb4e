// The type and theme filters of the agenda's feeds and of the open API's events (`soort`, `thema`):
// checked (a Dutch 400 or 404), as CMS conditions, and named for a feed's title.
import { error } from '@sveltejs/kit'
import { eventTypes } from '@kennisbank/types/vocabularies'

import { m } from '$lib/messages'

import { cms } from './cms'
import { validSlug } from './content'

export async function eventFilters(params: URLSearchParams): Promise<{ where: Record<string, unknown>[]; names: string[]; query: URLSearchParams }> {
  const type = params.get('soort') ?? ''
  const theme = params.get('thema') ?? ''
  if (type && !eventTypes.some((option) => option.value === type)) error(400, m.error.unknownEventType(type))
  if (theme && !validSlug(theme)) error(400, m.error.unknownTheme)
  const where: Record<string, unknown>[] = []
  const names: string[] = []
  if (type) {
    where.push({ type: { equals: type } })
    names.push(eventTypes.find((option) => option.value === type)!.label)
  }
  if (theme) {
    const found = await cms().findBySlug('themes', theme, 0)
    if (!found) error(404, m.error.themeNotFound)
    where.push({ themes: { in: [found.id] } })
    names.push(found.title)
  }
  const query = new URLSearchParams([...(type ? [['soort', type]] : []), ...(theme ? [['thema', theme]] : [])])
  return { where, names, query }
}
