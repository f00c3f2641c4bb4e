// the feedback question (was this page useful?) (components/FeedbackForm.svelte, routes/reactie): the page view's token and the
// form as the reader filled it in. The token is signed here, once per page view: with JavaScript when the
// reader answers (GET /reactie/token), without it on the confirmation step of /reactie (cached pages are the
// same for everyone, so the token cannot be in them).
import { feedbackCollections, signFeedback, type FeedbackCollection } from '@kennisbank/types/tokens'

import { readConfig } from './config'

/** The page a form answers about: its document, and its title and address (to name it and go back to). */
export type FeedbackTarget = { collection: FeedbackCollection; id: number; path: string; title: string }
export type FeedbackValues = { nuttig: string; opmerking: string }

export const feedbackToken = (target: Pick<FeedbackTarget, 'collection' | 'id'>) => signFeedback(readConfig().portalKey, target.collection, target.id)

const isCollection = (value: unknown): value is FeedbackCollection => feedbackCollections.includes(value as FeedbackCollection)

/** The document a form or token request names; null when it names none. */
export function feedbackTarget(collection: unknown, id: unknown, path: unknown = '/', title: unknown = ''): FeedbackTarget | null {
  const number = typeof id === 'string' && /^\d{1,10}$/.test(id) ? Number(id) : NaN
  if (!isCollection(collection) || !Number.isSafeInteger(number)) return null
  return {
    collection,
    id: number,
    path: typeof path === 'string' && /^\/[a-z0-9/-]{0,200}$/.test(path) ? path : '/',
    title: typeof title === 'string' ? title.replace(/\s+/g, ' ').trim().slice(0, 200) : '',
  }
}

export function readFeedbackForm(data: FormData) {
  const text = (name: string) => {
    const value = data.get(name)
    return typeof value === 'string' ? value : ''
  }
  const values: FeedbackValues = { nuttig: text('nuttig'), opmerking: text('opmerking') }
  return { target: feedbackTarget(text('soort'), text('id'), text('pad'), text('titel')), values, token: text('token') || null }
}

/** The form's answer as the CMS takes it. */
export const usefulOf = (answer: string) => (answer === 'ja' ? 'yes' : answer === 'nee' ? 'no' : '') as 'yes' | 'no'
