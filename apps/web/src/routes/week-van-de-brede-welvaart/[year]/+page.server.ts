import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { dayKey, formatDay } from '$lib/format'
import { cms } from '$lib/server/cms'
import { eventCard, rich } from '$lib/server/content'
import { m } from '$lib/messages'

export const load: PageServerLoad = async ({ params }) => {
  if (!/^(19|20)\d\d$/.test(params.year)) error(404, m.error.editionNotFound(params.year.slice(0, 4)))
  const client = cms()
  const edition = (await client.list('editions', { where: { year: { equals: Number(params.year) } }, limit: 1, depth: 0 })).docs[0]
  if (!edition) error(404, m.error.editionNotFound(params.year))
  const events = await client.all('events', { where: { edition: { equals: edition.id } }, sort: 'startsAt', depth: 0 })
  const days = new Map<string, { title: string; events: ReturnType<typeof eventCard>[] }>()
  for (const event of events) {
    const key = dayKey(event.startsAt)
    const day = days.get(key) ?? { title: formatDay(event.startsAt), events: [] }
    day.events.push(eventCard(event))
    days.set(key, day)
  }
  const isOver = new Date(edition.endsOn).getTime() + 24 * 3600 * 1000 < Date.now()
  return {
    edition: {
      title: edition.title,
      year: edition.year,
      summary: edition.summary,
      startsOn: edition.startsOn,
      endsOn: edition.endsOn,
      description: rich(edition.description),
      lookBack: isOver ? rich(edition.lookBack) : [],
      isOver,
    },
    days: [...days.values()],
  }
}
