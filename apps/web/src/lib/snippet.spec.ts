import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'

import Snippet from './components/Snippet.svelte'
import { snippetParts } from './snippet'

describe('snippetParts', () => {
  it('marks the highlighted words and escapes everything', () => {
    expect(snippetParts('De ⟦gemeente⟧ en ⟦gemeenten⟧.')).toEqual([
      { text: 'De ', mark: false },
      { text: 'gemeente', mark: true },
      { text: ' en ', mark: false },
      { text: 'gemeenten', mark: true },
      { text: '.', mark: false },
    ])
    const html = render(Snippet, { props: { snippet: '<script>alert(1)</script> ⟦<b>x</b>⟧' } }).body
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>')
    expect(html).toContain('<mark>&lt;b>x&lt;/b></mark>')
  })
})
