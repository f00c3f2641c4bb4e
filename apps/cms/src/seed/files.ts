import sharp from 'sharp'

/** A file for Payload's local API `create({ file })`. */
export type SeedFile = { data: Buffer; mimetype: string; name: string; size: number }

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** An abstract illustration (shapes, no text) rendered to PNG by sharp, for demo images. */
export async function illustration(name: string, hue: number, width = 1600, height = 900): Promise<SeedFile> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 16 9">
    <rect width="16" height="9" fill="hsl(${hue},45%,92%)"/>
    <circle cx="4" cy="5" r="3.2" fill="hsl(${hue},55%,45%)" opacity="0.85"/>
    <circle cx="9" cy="3.5" r="2.4" fill="hsl(${(hue + 40) % 360},60%,55%)" opacity="0.8"/>
    <rect x="10" y="5" width="5" height="3" rx="0.4" fill="hsl(${(hue + 200) % 360},40%,35%)" opacity="0.85"/>
  </svg>`
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  return { data, mimetype: 'image/png', name: `${name}.png`, size: data.length }
}

/** A logo-like square mark with initials, rendered by sharp. */
export async function logo(name: string, initials: string, hue: number): Promise<SeedFile> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 100 100">
    <rect width="100" height="100" rx="16" fill="hsl(${hue},50%,35%)"/>
    <text x="50" y="62" font-family="sans-serif" font-size="34" font-weight="700" text-anchor="middle" fill="#fff">${escapeXml(initials)}</text>
  </svg>`
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  return { data, mimetype: 'image/png', name: `${name}.png`, size: data.length }
}

/**
 * A small, valid one-page PDF with a title and paragraphs (Helvetica, WinAnsi), so demo
 * attachments are real downloads. Written by hand: the seed needs only plain text.
 */
export function pdf(name: string, title: string, paragraphs: string[]): SeedFile {
  // Helvetica with WinAnsi covers Latin-1; typographic quotes and dashes become their ASCII forms.
  const encode = (text: string) =>
    text
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/[^\x20-\xff]/g, '?')
      .replace(/[\\()]/g, (c) => `\\${c}`)
  const wrap = (text: string, max = 88) => {
    const lines: string[] = []
    let line = ''
    for (const word of text.split(/\s+/)) {
      if ((line + ' ' + word).trim().length > max) {
        lines.push(line)
        line = word
      } else line = (line + ' ' + word).trim()
    }
    if (line) lines.push(line)
    return lines
  }
  const body = [
    'BT /F1 18 Tf 56 780 Td 22 TL',
    `(${encode(title)}) Tj /F1 11 Tf 14 TL T*`,
    ...paragraphs.flatMap((p) => [...wrap(p).map((l) => `T* (${encode(l)}) Tj`), 'T*']),
    'ET',
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title (${encode(title)}) /Producer (Kennisbank Brede Welvaart Brabant) >>`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const data = Buffer.from(out, 'latin1')
  return { data, mimetype: 'application/pdf', name: `${name}.pdf`, size: data.length }
}
