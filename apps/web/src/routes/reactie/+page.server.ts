import { error, fail } from '@sveltejs/kit'

import type { Actions } from './$types'

import { m } from '$lib/messages'
import { cms } from '$lib/server/cms'
import { feedbackToken, readFeedbackForm, usefulOf } from '$lib/server/feedback'
import { formOf } from '$lib/server/form'

export const actions: Actions = {
  /**
   * An answer to the feedback question (was this page useful?) (components/FeedbackForm.svelte). With the page view's token it is
   * sent to the CMS; without one (no JavaScript), the reader confirms it on this page, which has a token.
   */
  default: async ({ request, getClientAddress }) => {
    const { target, values, token } = readFeedbackForm(await formOf(request))
    if (!target) error(400, m.feedback.notAPage)
    if (!token) return { confirm: { target, values, token: feedbackToken(target) } }
    const answer = await cms().feedback.send({ token, useful: usefulOf(values.nuttig), remark: values.opmerking }, getClientAddress())
    if (answer.ok) return { thanks: answer.message, target }
    // Answered already (409): not a mistake of the reader's.
    if (answer.httpStatus === 409) return { thanks: answer.message, target }
    const errors = Object.fromEntries(answer.errors.map(({ field, message }) => [field === 'useful' ? 'nuttig' : field === 'remark' ? 'opmerking' : 'formulier', message]))
    // An expired token: a new one, so the reader can send the answer right away.
    const next = answer.httpStatus === 403 ? feedbackToken(target) : token
    return fail(answer.httpStatus, { message: answer.message, errors, confirm: { target, values, token: next } })
  },
}
