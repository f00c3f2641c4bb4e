/**
 * Lexical JSON (from the CMS) → a small, typed tree that Svelte renders with escaping.
 * This is the portal's one rich-text reader: nothing from content is ever rendered as raw
 * HTML, links pass an allowlist of schemes, internal links become portal URLs, and unknown
 * nodes are skipped (their text kept where they have any).
 */
import { collectionPaths } from '$lib/paths'
import { safeHref } from '$lib/url'

export type TextFormat = { bold: boolean; italic: boolean; underline: boolean; strikethrough: boolean; code: boolean; subscript: boolean; superscript: boolean }

export type RichNode =
  | { kind: 'text'; text: string; format: TextFormat }
  | { kind: 'linebreak' }
  | { kind: 'paragraph'; children: RichNode[] }
  | { kind: 'heading'; level: 2 | 3 | 4; children: RichNode[] }
  | { kind: 'quote'; children: RichNode[] }
  | { kind: 'list'; ordered: boolean; items: RichNode[][] }
  | { kind: 'link'; href: string; external: boolean; children: RichNode[] }
  | ({ kind: 'image' } & Image)
  | ({ kind: 'file' } & Download)
  | { kind: 'rule' }
  | { kind: 'table'; rows: TableCell[][] }

export type TableCell = { header: boolean; colSpan?: number; rowSpan?: number; children: RichNode[] }

export type TransformOptions = {
  /** Where the portal serves the CMS's uploads (`/media`): files come from the portal's own origin. */
  mediaPath?: string
  /** Appended to media URLs (a preview's token, so that its uploads not yet public show). */
  mediaQuery?: string
}

type Raw = Record<string, unknown>
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: unknown) => (typeof value === 'string' ? value : '')
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined)

function formatOf(bits: unknown): TextFormat {
  const f = typeof bits === 'number' ? bits : 0
  return {
    bold: (f & 1) !== 0,
    italic: (f & 2) !== 0,
    strikethrough: (f & 4) !== 0,
    underline: (f & 8) !== 0,
    code: (f & 16) !== 0,
    subscript: (f & 32) !== 0,
    superscript: (f & 64) !== 0,
  }
}

const units = ['B', 'kB', 'MB', 'GB']
function fileSize(bytes: unknown): string {
  let size = typeof bytes === 'number' && bytes > 0 ? bytes : 0
  let unit = 0
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000
    unit++
  }
  return size ? `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: unit ? 1 : 0 }).format(size)} ${units[unit]}` : ''
}

function fileType(mimeType: string, filename: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'text/csv': 'CSV',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
    'application/vnd.oasis.opendocument.text': 'ODT',
  }
  return known[mimeType] ?? (filename.split('.').pop() ?? '').toUpperCase()
}

/** The CMS's address of an upload's file, relative or absolute (Payload writes its serverURL in front). */
const cmsFile = /^(?:https?:\/\/[^/]+)?\/api\/media\/file\/([^/?#]+)$/

/** A media URL: a CMS upload becomes a path under the portal's `mediaPath`; anything else must be a safe href. */
function mediaUrl(url: unknown, options: TransformOptions): string | null {
  const raw = str(url)
  const file = cmsFile.exec(raw)?.[1]
  if (file && options.mediaPath) return `${options.mediaPath}/${file}${options.mediaQuery ?? ''}`
  return safeHref(raw)
}

export type Image = { src: string; alt: string; width?: number; height?: number; srcset?: string }

/** A media document as a responsive image (srcset from Payload's sizes), or null when it is no image. */
export function imageOf(doc: unknown, options: TransformOptions): Image | null {
  if (!isRecord(doc) || !str(doc.mimeType).startsWith('image/')) return null
  const src = mediaUrl(doc.url, options)
  if (!src) return null
  const sizes = isRecord(doc.sizes) ? Object.values(doc.sizes) : []
  const srcset = sizes
    .filter(isRecord)
    .map((size) => ({ url: mediaUrl(size.url, options), width: num(size.width) }))
    .filter((size): size is { url: string; width: number } => Boolean(size.url && size.width))
    .map((size) => `${size.url} ${size.width}w`)
  // The original is a candidate too: where no made size is as wide as the screen needs (a logo of 400 px has
  // only the 320 px size), the browser may take it rather than stretch a smaller one.
  const width = num(doc.width)
  if (srcset.length && width && !srcset.some((candidate) => candidate.endsWith(` ${width}w`))) srcset.push(`${src} ${width}w`)
  return { src, alt: str(doc.alt), width, height: num(doc.height), srcset: srcset.join(', ') || undefined }
}

export type Download = { href: string; label: string; type: string; size: string }

/** A media document as a download link with file type and size, or null. */
export function downloadOf(doc: unknown, options: TransformOptions): Download | null {
  if (!isRecord(doc)) return null
  const href = mediaUrl(doc.url, options)
  if (!href) return null
  const filename = str(doc.filename)
  return { href, label: str(doc.alt) || filename || 'Download', type: fileType(str(doc.mimeType), filename), size: fileSize(doc.filesize) }
}

function upload(node: Raw, options: TransformOptions): RichNode[] {
  const doc = node.value // not populated (e.g. not readable): left out
  const image = imageOf(doc, options)
  if (image) return [{ kind: 'image', ...image }]
  const download = downloadOf(doc, options)
  return download ? [{ kind: 'file', ...download }] : []
}

function link(node: Raw, children: RichNode[]): RichNode[] {
  const fields = isRecord(node.fields) ? node.fields : {}
  if (fields.linkType === 'internal') {
    const doc = isRecord(fields.doc) ? fields.doc : {}
    const target = isRecord(doc.value) ? doc.value : null
    const toPath = collectionPaths[str(doc.relationTo)]
    const slug = target ? str(target.slug) : ''
    // Not populated (unpublished, or not readable): keep the text, drop the link.
    if (!toPath || !/^[a-z0-9-]+$/.test(slug)) return children
    return [{ kind: 'link', href: toPath(slug), external: false, children }]
  }
  const href = safeHref(fields.url ?? node.url)
  if (!href) return children
  return [{ kind: 'link', href, external: /^https?:/i.test(href), children }]
}

const span = (value: unknown) => {
  const n = num(value)
  return n && n > 1 ? Math.min(n, 100) : undefined
}

/** Lexical's table: rows of cells; a cell with a non-zero headerState is a header cell. */
function table(node: Raw, options: TransformOptions, depth: number): RichNode[] {
  const rows = (Array.isArray(node.children) ? node.children : [])
    .filter((row): row is Raw => isRecord(row) && row.type === 'tablerow')
    .map((row) =>
      (Array.isArray(row.children) ? row.children : [])
        .filter((cell): cell is Raw => isRecord(cell) && cell.type === 'tablecell')
        .map((cell) => ({
          header: typeof cell.headerState === 'number' && cell.headerState > 0,
          colSpan: span(cell.colSpan),
          rowSpan: span(cell.rowSpan),
          children: transformChildren(cell.children, options, depth + 2),
        })),
    )
    .filter((cells) => cells.length > 0)
  return rows.length ? [{ kind: 'table', rows }] : []
}

function transformNode(node: unknown, options: TransformOptions, depth: number): RichNode[] {
  if (!isRecord(node) || depth > 40) return []
  const children = () => transformChildren(node.children, options, depth + 1)
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' && node.text ? [{ kind: 'text', text: node.text, format: formatOf(node.format) }] : []
    case 'linebreak':
      return [{ kind: 'linebreak' }]
    case 'tab':
      return [{ kind: 'text', text: ' ', format: formatOf(0) }]
    case 'paragraph':
      return [{ kind: 'paragraph', children: children() }]
    case 'heading': {
      const level = node.tag === 'h3' ? 3 : node.tag === 'h4' || node.tag === 'h5' || node.tag === 'h6' ? 4 : 2
      return [{ kind: 'heading', level, children: children() }]
    }
    case 'quote':
      return [{ kind: 'quote', children: children() }]
    case 'list': {
      const items = (Array.isArray(node.children) ? node.children : []).map((item) =>
        isRecord(item) && item.type === 'listitem' ? transformChildren(item.children, options, depth + 1) : transformNode(item, options, depth + 1),
      )
      return [{ kind: 'list', ordered: node.listType === 'number', items }]
    }
    case 'link':
    case 'autolink':
      return link(node, children())
    case 'upload':
      return upload(node, options)
    case 'horizontalrule':
      return [{ kind: 'rule' }]
    case 'table':
      return table(node, options, depth)
    default:
      // Unknown node: keep whatever text it holds, nothing else.
      return children()
  }
}

function transformChildren(value: unknown, options: TransformOptions, depth: number): RichNode[] {
  return Array.isArray(value) ? value.flatMap((child) => transformNode(child, options, depth)) : []
}

/** The tree of a Lexical document; an empty list for anything that is not one. */
export function toRichNodes(value: unknown, options: TransformOptions = {}): RichNode[] {
  const root = isRecord(value) && isRecord(value.root) ? value.root : null
  return root ? transformChildren(root.children, options, 0) : []
}
