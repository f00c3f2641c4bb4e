import { fail } from '@sveltejs/kit'

import type { Actions, PageServerLoad } from './$types'

import { cms } from '$lib/server/cms'
import { formErrors, formStart, toCms } from '$lib/server/contribution'
import { formOf } from '$lib/server/form'

export const load: PageServerLoad = async ({ setHeaders }) => {
  // The form carries the moment it was shown: never a copy from the cache.
  setHeaders({ 'cache-control': 'private, no-store' })
  const [themes, regions] = await Promise.all([
    cms().all('themes', { sort: 'order', depth: 0, select: { title: true } }),
    cms().all('regions', { sort: 'title', depth: 0, where: { kind: { in: ['region', 'municipality'] } }, select: { title: true, kind: true, parent: true } }),
  ])
  // Regions with their municipalities under them.
  const groups = regions
    .filter((region) => region.kind === 'region')
    .map((region) => ({
      id: region.id,
      title: region.title,
      municipalities: regions.filter((place) => place.kind === 'municipality' && (typeof place.parent === 'object' ? place.parent?.id : place.parent) === region.id).map(({ id, title }) => ({ id, title })),
    }))
  return { themes: themes.map(({ id, title }) => ({ id, title })), regions: groups, started: formStart() }
}

export const actions: Actions = {
  /** The contribution (multipart, with up to three attachments); works without JavaScript. */
  default: async ({ request, getClientAddress }) => {
    const { outgoing, values, themes } = toCms(await formOf(request))
    const answer = await cms().contributions.submit(outgoing, getClientAddress())
    if (answer.ok) return { received: answer.message }
    // A new start for the form shown again, so a form refused as sent too fast can be sent at once.
    return fail(answer.httpStatus, { values, themes, message: answer.message, errors: formErrors(answer), started: formStart() })
  },
}
