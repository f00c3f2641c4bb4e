// "Deel je praktijkvoorbeeld" (routes/kennisbank/delen): the form's Dutch field names and the CMS's, what the
// contributor filled in (to show it again), and the token that says when the form was shown (the CMS refuses
// a form sent within seconds: scripts do that, people do not).
import type { FormAnswer } from '@kennisbank/cms-client'
import type { ContributionField } from '@kennisbank/types/api'
import { signFormStart } from '@kennisbank/types/tokens'

import { readConfig } from './config'

/** Form field (Dutch, in the HTML) → CMS field. `website` is the honeypot: people never see it. */
export const contributionForm = {
  titel: 'title',
  samenvatting: 'summary',
  beschrijving: 'description',
  themas: 'themes',
  regio: 'region',
  organisatie: 'organisation',
  naam: 'name',
  email: 'email',
  toestemming: 'consent',
  website: 'website',
  gestart: 'started',
  bijlagen: 'attachments',
} as const satisfies Record<string, ContributionField>
export type ContributionFormField = keyof typeof contributionForm

export const formStart = () => signFormStart(readConfig().portalKey)

/** The form as the CMS takes it, files and all; and the texts, to fill the form in again after an error. */
export function toCms(data: FormData) {
  const outgoing = new FormData()
  const values: Record<string, string> = {}
  const themes: string[] = []
  for (const [name, cmsName] of Object.entries(contributionForm)) {
    for (const value of data.getAll(name)) {
      if (typeof value === 'string') {
        outgoing.append(cmsName, value)
        if (name === 'themas') themes.push(value)
        else if (name !== 'gestart' && name !== 'website') values[name] = value
      } else if (name === 'bijlagen' && value.size + value.name.length > 0) {
        outgoing.append(cmsName, value, value.name)
      }
    }
  }
  return { outgoing, values, themes }
}

/** The CMS's field errors under the form's field names; several for the attachments, one per file. */
export function formErrors(answer: Extract<FormAnswer, { ok: false }>): Partial<Record<ContributionFormField, string[]>> {
  const byCms = Object.fromEntries(Object.entries(contributionForm).map(([form, cms]) => [cms, form as ContributionFormField]))
  const errors: Partial<Record<ContributionFormField, string[]>> = {}
  for (const { field, message } of answer.errors) {
    const name = field ? byCms[field] : undefined
    if (name) (errors[name] ??= []).push(message)
  }
  return errors
}
