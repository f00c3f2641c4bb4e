// A mail as the CMS sends it: Dutch paragraphs and links, as plain text and as simple HTML (registrations,
// contributions). The words are in messages.ts; who gets what is in each module's mail.ts.

/** A paragraph of text (line breaks kept), or a line with a link. */
export type MailPart = string | { text: string; href: string }

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function mailOf(subject: string, parts: MailPart[]) {
  const text = parts.map((part) => (typeof part === 'string' ? part : `${part.text}: ${part.href}`)).join('\n\n')
  const html = parts
    .map((part) => (typeof part === 'string' ? `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>` : `<p><a href="${escapeHtml(part.href)}">${escapeHtml(part.text)}</a></p>`))
    .join('\n')
  return { subject, text, html: `<!doctype html><html lang="nl"><body>${html}</body></html>` }
}
