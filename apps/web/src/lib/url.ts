// Links from content and settings: what may go into an href.

const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * An href that is safe to put in an attribute, or null: absolute http(s)/mailto/tel URLs,
 * site-relative paths and fragments. Control characters and whitespace inside the scheme
 * (`java\tscript:`) are refused, not cleaned.
 */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const href = value.trim()
  if (!href || href.length > 2048 || /[\u0000-\u001f\u007f]/.test(href)) return null
  if (href.startsWith('#')) return href
  if (href.startsWith('/')) return href.startsWith('//') || href.startsWith('/\\') ? null : href
  try {
    return allowedSchemes.has(new URL(href).protocol) ? href : null
  } catch {
    return null
  }
}
