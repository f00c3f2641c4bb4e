import type { TextField } from 'payload'

/** Accepts absolute http(s) URLs only, so no `javascript:` or `data:` link ever reaches a page. */
export const validateUrl = (
  value: unknown,
  { required = false, allowMailto = false } = {},
): true | string => {
  if (value === undefined || value === null || value === '') {
    return required ? 'Vul een webadres in.' : true
  }
  if (typeof value !== 'string' || value.length > 2048) return 'Dit webadres is te lang of ongeldig.'
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
    if (allowMailto && url.protocol === 'mailto:') return true
  } catch {
    // fall through to the message below
  }
  return 'Vul een volledig webadres in dat begint met https:// of http://.'
}

export const urlField = (name: string, label: string, { required = false } = {}): TextField => ({
  name,
  label,
  type: 'text',
  required,
  validate: (value: unknown) => validateUrl(value, { required }),
  admin: { placeholder: 'https://' },
})
