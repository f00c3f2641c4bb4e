// The cancel link's code: an HMAC of the registration and its e-mail address under a key derived
// from PAYLOAD_SECRET. Whoever has the mail can cancel; nobody can make a code for another registration.
import { createHmac, timingSafeEqual } from 'node:crypto'

import { env } from '../env'

export function cancelCode(id: number, email: string): string {
  return createHmac('sha256', env.payloadSecret).update(`registration-cancel:${id}:${email.toLowerCase()}`).digest('base64url')
}

export function isValidCancelCode(id: number, email: string, code: string): boolean {
  const expected = Buffer.from(cancelCode(id, email))
  const given = Buffer.from(code)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
