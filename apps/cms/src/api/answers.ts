// What public endpoints answer besides plain data (public.ts). No imports: the services use these too.
import type { FieldError } from '@kennisbank/types/api'

/** Bad input or a state that does not allow the request: a 4xx with a Dutch message (and per field, for forms). */
export class PublicError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message)
  }
}

export const noStore = 'no-store'

/** A JSON answer with a status other than 200. */
export class Answer {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

