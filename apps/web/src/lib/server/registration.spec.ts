import { describe, expect, it } from 'vitest'

import { fieldErrors, readForm } from './registration'

describe('registration form', () => {
  it('reads the Dutch fields; consent only when ticked', () => {
    const data = new FormData()
    data.set('naam', 'Jan')
    data.set('email', 'jan@example.nl')
    expect(readForm(data)).toEqual({ values: { naam: 'Jan', email: 'jan@example.nl', organisatie: '', opmerking: '' }, consent: false })
    data.set('toestemming', 'ja')
    expect(readForm(data).consent).toBe(true)
  })

  it('puts the CMS field errors under the form fields, the first per field', () => {
    const errors = fieldErrors({
      ok: false,
      httpStatus: 400,
      message: 'Controleer de gemarkeerde velden.',
      errors: [
        { field: 'name', message: 'Vul uw naam in.' },
        { field: 'consent', message: 'Geef toestemming.' },
        { field: 'name', message: 'Tweede melding' },
        { field: 'unknown', message: 'x' },
      ],
    })
    expect(errors).toEqual({ naam: 'Vul uw naam in.', toestemming: 'Geef toestemming.' })
  })
})
