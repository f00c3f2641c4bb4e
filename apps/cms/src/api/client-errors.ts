// Payload answers some malformed requests with a 500 that is the client's mistake, not the server's: a value
// that does not fit its column (an id of 20 digits, text where a number belongs), a `where` of a shape its
// query builder does not expect, a broken multipart or JSON body. This root `afterError` hook turns those into
// a 400 with a Dutch message; anything else stays a 500 (and is logged by Payload, as every error is).
// Payload's own 4xx answers that it gives in English whatever the language (a `where` on a path that
// cannot be queried; "An unknown error occurred." for a hidden message) get a Dutch one too.
import type { AfterErrorHook } from 'payload'

import { messages } from '../messages'

const m = messages.request

type Cause = { code?: unknown; cause?: Cause; message?: unknown; name?: unknown }

/** The PostgreSQL error code behind an error (drizzle wraps it in `cause`). */
function sqlState(error: Cause | undefined, depth = 0): string | null {
  if (!error || depth > 3) return null
  if (typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code)) return error.code
  return sqlState(error.cause, depth + 1)
}

/** The Dutch message for an error caused by the request itself; null for a real server error. */
export function clientMistake(error: Cause, hasWhere: boolean): string | null {
  const state = sqlState(error)
  // Class 22: data exception (invalid text for an integer, out of range, a bad date); 42883/42804: an operator or type that does not fit.
  if (state && (state.startsWith('22') || state === '42883' || state === '42804')) return m.valueDoesNotFit
  // Payload's query builder writing invalid SQL for an operator on a field it does not fit (`contains` on a date).
  if (state?.startsWith('42') && hasWhere) return m.badWhere
  const message = typeof error.message === 'string' ? error.message : ''
  if (/^(Unexpected end of form|Malformed part header|Multipart: Boundary not found|Unexpected end of multipart data)/.test(message)) return m.unreadable
  if (error.name === 'SyntaxError' && /JSON/.test(message)) return m.notJson
  if (/^Cannot find field for path/.test(message)) return m.unknownField
  // The query builder failing on a `where` of an unexpected shape (an array where one value belongs, say).
  if (hasWhere && error.name === 'TypeError') return m.badWhere
  return null
}

/** A Dutch message for Payload's English 4xx answers; null when Payload's own message can stay. */
export function dutchRefusal(status: number, error: Cause & { data?: unknown }, shown: unknown): string | null {
  // Payload's QueryError (its class name does not survive the production build's minifying).
  if (Array.isArray(error.data) && /^The following paths? cannot be queried/.test(String(error.message))) {
    const paths = error.data.map((entry: { path?: unknown }) => `“${String(entry?.path)}”`).join(', ')
    return m.notQueryable(paths)
  }
  if (shown === 'An unknown error occurred.') return m.refused[status] ?? m.refused[400]!
  return null
}

export const clientErrorsAs400: AfterErrorHook = ({ error, req, result }) => {
  const status = (error as unknown as { status?: number }).status
  if (status && status < 500) {
    const shown = (result as { errors?: { message?: unknown }[] } | undefined)?.errors?.[0]?.message
    const message = dutchRefusal(status, error as Cause & { data?: unknown }, shown)
    return message ? { status, response: { ...result, errors: [{ message }], message } } : undefined
  }
  const message = clientMistake(error as Cause, Boolean(req.query && typeof req.query === 'object' && 'where' in req.query))
  if (!message) return
  return { status: 400, response: { ...result, errors: [{ message }], message } }
}
