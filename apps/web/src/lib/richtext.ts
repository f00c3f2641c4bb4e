/**
 * Interim reader for Lexical JSON: turns headings, paragraphs, quotes and list items into
 * plain text blocks that Svelte renders escaped. Links keep their text only; unknown
 * nodes contribute their text and nothing else. The full renderer (links, images,
 * blocks) replaces this in the portal issue.
 */
export type TextBlock =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph' | 'quote'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }

type LexicalNode = { type?: unknown; text?: unknown; tag?: unknown; listType?: unknown; children?: unknown }

const isNode = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null

function textOf(node: unknown): string {
  if (!isNode(node)) return ''
  if (node.type === 'text' && typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return Array.isArray(node.children) ? node.children.map(textOf).join('') : ''
}

export function lexicalToBlocks(value: unknown): TextBlock[] {
  const root = isNode(value) && isNode((value as { root?: unknown }).root) ? (value as { root: LexicalNode }).root : null
  if (!root || !Array.isArray(root.children)) return []
  const blocks: TextBlock[] = []
  for (const node of root.children) {
    if (!isNode(node)) continue
    if (node.type === 'heading') {
      const level = node.tag === 'h3' ? 3 : node.tag === 'h4' || node.tag === 'h5' || node.tag === 'h6' ? 4 : 2
      blocks.push({ kind: 'heading', level, text: textOf(node) })
    } else if (node.type === 'list' && Array.isArray(node.children)) {
      blocks.push({ kind: 'list', ordered: node.listType === 'number', items: node.children.map(textOf) })
    } else if (node.type === 'quote') {
      blocks.push({ kind: 'quote', text: textOf(node) })
    } else {
      const text = textOf(node)
      if (text.trim()) blocks.push({ kind: 'paragraph', text })
    }
  }
  return blocks
}
