// The registration form: what the visitor filled in, and the CMS's field names and answers.
import type { FormAnswer } from '@kennisbank/cms-client'

/** Form field (Dutch, in the HTML) ↔ CMS field. */
export const formFields = { naam: 'name', email: 'email', organisatie: 'organisation', opmerking: 'remark', toestemming: 'consent' } as const
export type FormField = keyof typeof formFields
export type FormValues = Record<Exclude<FormField, 'toestemming'>, string>

export function readForm(data: FormData): { values: FormValues; consent: boolean } {
  const text = (name: string) => {
    const value = data.get(name)
    return typeof value === 'string' ? value : ''
  }
  return {
    values: { naam: text('naam'), email: text('email'), organisatie: text('organisatie'), opmerking: text('opmerking') },
    consent: text('toestemming') === 'ja',
  }
}

/** The CMS's field errors under the form's field names. */
export function fieldErrors(answer: Extract<FormAnswer, { ok: false }>): Partial<Record<FormField, string>> {
  const byCms = Object.fromEntries(Object.entries(formFields).map(([form, cms]) => [cms, form]))
  const errors: Partial<Record<FormField, string>> = {}
  for (const { field, message } of answer.errors) {
    const name = field ? (byCms[field] as FormField | undefined) : undefined
    if (name && !errors[name]) errors[name] = message
  }
  return errors
}
