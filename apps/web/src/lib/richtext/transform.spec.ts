import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'

import RichText from './RichText.svelte'
import { toRichNodes } from './transform'

const text = (t: string, format = 0) => ({ type: 'text', text: t, format })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const customLink = (url: string, label = 'klik') => ({ type: 'link', fields: { linkType: 'custom', url }, children: [text(label)] })
// Svelte's hydration markers (HTML comments) are removed so assertions read like the page.
const html = (value: unknown) =>
  render(RichText, { props: { nodes: toRichNodes(value, { mediaPath: '/media' }) } }).body.replace(/<!--[^>]*-->/g, '')

describe('rich text', () => {
  it('renders headings, paragraphs, formatting, lists, quotes and rules', () => {
    const out = html(
      doc(
        { type: 'heading', tag: 'h1', children: [text('Kop')] },
        paragraph(text('vet', 1), text(' en '), text('schuin', 2)),
        { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('een')] }, { type: 'listitem', children: [text('twee')] }] },
        { type: 'quote', children: [text('Citaat')] },
        { type: 'horizontalrule' },
      ),
    )
    expect(out).toContain('<h2>Kop</h2>')
    expect(out).toMatch(/<p><strong>vet<\/strong> en <em>schuin<\/em><\/p>/)
    expect(out).toMatch(/<ol><li>een<\/li><li>twee<\/li><\/ol>/)
    expect(out).toContain('<blockquote>Citaat</blockquote>')
    expect(out).toContain('<hr')
  })

  it('renders tables with header cells and spans, and drops stray rows', () => {
    const cell = (t: string, headerState = 0, extra = {}) => ({ type: 'tablecell', headerState, ...extra, children: [paragraph(text(t))] })
    const out = html(
      doc({
        type: 'table',
        children: [
          { type: 'tablerow', children: [cell('Jaar', 1), cell('Score', 1)] },
          { type: 'tablerow', children: [cell('2023'), cell('7,6', 0, { colSpan: 2 })] },
          { type: 'paragraph', children: [text('geen rij')] },
        ],
      }),
    )
    expect(out).toMatch(/<th class="utrecht-table__header-cell"><p>Jaar<\/p><\/th>/)
    expect(out).toMatch(/<td class="utrecht-table__cell" colspan="2"><p>7,6<\/p><\/td>/)
    expect(out).not.toContain('geen rij')
    expect(html(doc({ type: 'table', children: [] }))).toBe('')
  })

  it('marks external links and resolves internal links to portal URLs; unpublished targets lose the link', () => {
    const out = html(
      doc(
        paragraph(customLink('https://www.cbs.nl', 'CBS')),
        paragraph({ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'knowledge-items', value: { id: 1, slug: 'wat-is-brede-welvaart' } } }, children: [text('intern')] }),
        paragraph({ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'knowledge-items', value: 7 } }, children: [text('concept')] }),
      ),
    )
    expect(out).toContain('href="https://www.cbs.nl" rel="external noopener noreferrer"')
    expect(out).toContain('(externe link)')
    expect(out).toContain('<a href="/kennisbank/wat-is-brede-welvaart">intern</a>')
    expect(out).toContain('<p>concept</p>')
  })

  it('renders images with alt, size and srcset, and files with type and size', () => {
    const out = html(
      doc(
        { type: 'upload', value: { url: '/api/media/file/a.png', alt: 'Kaart van Brabant', mimeType: 'image/png', width: 1600, height: 900, sizes: { small: { url: '/api/media/file/a-640.webp', width: 640 } } } },
        { type: 'upload', value: { url: 'https://cms.example.nl/api/media/file/w.pdf', alt: 'Werkblad', mimeType: 'application/pdf', filename: 'w.pdf', filesize: 245000 } },
        { type: 'upload', value: 12 },
      ),
    )
    // Files are served under the portal's own origin, whatever address the CMS wrote in front.
    expect(out).toContain('src="/media/a.png"')
    expect(out).toContain('href="/media/w.pdf"')
    expect(out).toContain('alt="Kaart van Brabant"')
    expect(out).toContain('width="1600"')
    // Its made size, and the original as the widest candidate.
    expect(out).toContain('srcset="/media/a-640.webp 640w, /media/a.png 1600w"')
    expect(out).toContain('loading="lazy"')
    expect(out).toMatch(/Werkblad<\/a> <span class="meta">\(PDF, 245 kB\)<\/span>/)
    expect(out.match(/<img/g)).toHaveLength(1)
  })

  it('keeps hostile content inert', () => {
    const out = html(
      doc(
        paragraph(text('<script>alert(1)</script><img src=x onerror=alert(2)>')),
        paragraph(customLink('javascript:alert(3)', 'gevaarlijk')),
        paragraph(customLink('data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==', 'data')),
        paragraph(customLink('https://example.org/" onmouseover="alert(5)', 'attribuut')),
        { type: 'upload', value: { url: 'javascript:alert(6)', alt: '" onerror="alert(7)', mimeType: 'image/png' } },
        { type: 'upload', value: { url: '/x.png', alt: '"><script>alert(8)</script>', mimeType: 'image/png' } },
        { type: 'html', html: '<script>alert(9)</script>' },
        { type: 'heading', tag: 'h1" onclick="alert(10)', children: [text('kop')] },
      ),
    )
    expect(out).not.toMatch(/<script/i)
    expect(out).not.toMatch(/javascript:/i)
    expect(out).not.toMatch(/data:text/i)
    expect(out).not.toMatch(/<img[^>]+onerror=/i)
    expect(out).not.toMatch(/ on\w+="/i)
    expect(out).toContain('&lt;script>alert(1)&lt;/script>')
    expect(out).toContain('<p>gevaarlijk</p>')
    expect(out).toContain('<h2>kop</h2>')
  })

  it('survives malformed and deeply nested input', () => {
    expect(toRichNodes(null)).toEqual([])
    expect(toRichNodes({ root: { children: 'x' } })).toEqual([])
    expect(toRichNodes({ root: { children: [null, 3, 'x', { type: 'paragraph', children: [null] }] } })).toEqual([{ kind: 'paragraph', children: [] }])
    let deep: unknown = text('diep')
    for (let i = 0; i < 10_000; i++) deep = { type: 'quote', children: [deep] }
    expect(() => toRichNodes(doc(deep))).not.toThrow()
  })
})
