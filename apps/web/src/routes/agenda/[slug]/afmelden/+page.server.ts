import { error, fail } from '@sveltejs/kit'

import type { Actions, PageServerLoad } from './$types'

import { cms } from '$lib/server/cms'
import { formOf } from '$lib/server/form'

// The link from the confirmation mail: /agenda/<slug>/afmelden?aanmelding=<id>&code=<code>. Opening it
// changes nothing (mail scanners open links too); the visitor confirms with a button (POST).
const linkOf = (url: URL) => ({ id: url.searchParams.get('aanmelding') ?? '', code: url.searchParams.get('code') ?? '' })

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  // Personal (it names the visitor): never kept by the portal's cache or any other.
  setHeaders({ 'cache-control': 'private, no-store' })
  const { id, code } = linkOf(url)
  const answer = await cms().registrations.cancelInfo(id, code)
  if (!answer.ok) error(answer.httpStatus, answer.message)
  return { registration: { status: answer.status, name: answer.name, event: answer.event }, id, code }
}

export const actions: Actions = {
  default: async ({ request, getClientAddress }) => {
    const data = await formOf(request)
    const id = String(data.get('aanmelding') ?? '')
    const code = String(data.get('code') ?? '')
    const answer = await cms().registrations.cancel(id, code, getClientAddress())
    if (!answer.ok) return fail(answer.httpStatus, { message: answer.message })
    return { cancelled: answer.message }
  },
}
