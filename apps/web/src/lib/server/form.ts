import { error } from '@sveltejs/kit'

import { m } from '$lib/messages'

/** A form post's fields; a 400 with a Dutch message when the body is no form (text/plain, a broken multipart). */
export async function formOf(request: Request): Promise<FormData> {
  try {
    return await request.formData()
  } catch {
    error(400, m.error.unreadableForm)
  }
}
