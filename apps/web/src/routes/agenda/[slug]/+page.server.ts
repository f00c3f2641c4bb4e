import { error, fail } from '@sveltejs/kit'

import type { Actions, PageServerLoad } from './$types'

import { cms } from '$lib/server/cms'
import { validSlug } from '$lib/server/content'
import { eventPage } from '$lib/server/pages'
import { pageDocument } from '$lib/server/preview'
import { fieldErrors, readForm } from '$lib/server/registration'
import { m } from '$lib/messages'
import { formOf } from '$lib/server/form'

export const load: PageServerLoad = async ({ params, url }) => {
  const { doc, preview } = await pageDocument('events', params.slug, url)
  return { ...(await eventPage(doc, { preview: Boolean(preview) })), preview }
}

export const actions: Actions = {
  /** The registration form (POST ?/aanmelden); works without JavaScript. */
  aanmelden: async ({ params, request, getClientAddress }) => {
    const slug = validSlug(params.slug)
    if (!slug) error(404, m.error.eventNotFound)
    const { values, consent } = readForm(await formOf(request))
    const answer = await cms().registrations.register({
      event: slug,
      name: values.naam,
      email: values.email,
      organisation: values.organisatie,
      remark: values.opmerking,
      consent,
    }, getClientAddress())
    if (!answer.ok) return fail(answer.httpStatus, { values, message: answer.message, errors: fieldErrors(answer) })
    return { registered: { status: answer.status, message: answer.message } }
  },
}
