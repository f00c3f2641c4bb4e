// GET /reactie/token?soort=…&id=…: a token for one answer, fetched by the feedback form (with JavaScript)
// when the reader answers. Never cached: each call is a page view of its own.
import { error, json } from '@sveltejs/kit'

import type { RequestHandler } from './$types'

import { m } from '$lib/messages'
import { feedbackTarget, feedbackToken } from '$lib/server/feedback'

export const GET: RequestHandler = ({ url }) => {
  const target = feedbackTarget(url.searchParams.get('soort'), url.searchParams.get('id'))
  if (!target) error(400, m.feedback.notAPage)
  return json({ token: feedbackToken(target) }, { headers: { 'cache-control': 'no-store' } })
}
