import { describe, expect, it } from 'vitest'

import { lexicalToBlocks } from './richtext'

const text = (t: string) => ({ type: 'text', text: t })

describe('lexicalToBlocks', () => {
  it('reads headings, paragraphs, quotes and lists', () => {
    const blocks = lexicalToBlocks({
      root: {
        children: [
          { type: 'heading', tag: 'h2', children: [text('Kop')] },
          { type: 'paragraph', children: [text('Een '), { type: 'link', children: [text('link')] }] },
          { type: 'quote', children: [text('Citaat')] },
          { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('een')] }] },
        ],
      },
    })
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Kop' },
      { kind: 'paragraph', text: 'Een link' },
      { kind: 'quote', text: 'Citaat' },
      { kind: 'list', ordered: true, items: ['een'] },
    ])
  })

  it('keeps markup in text as text, never as HTML', () => {
    const blocks = lexicalToBlocks({ root: { children: [{ type: 'paragraph', children: [text('<script>alert(1)</script>')] }] } })
    expect(blocks).toEqual([{ kind: 'paragraph', text: '<script>alert(1)</script>' }])
  })

  it('survives malformed input', () => {
    expect(lexicalToBlocks(null)).toEqual([])
    expect(lexicalToBlocks({ root: { children: 'x' } })).toEqual([])
    expect(lexicalToBlocks({ root: { children: [null, 3, { type: 'upload' }] } })).toEqual([])
  })
})
