import { describe, expect, it } from 'vitest'

import { jsonLdScript } from './seo'

describe('jsonLdScript', () => {
  it('keeps hostile text inside the JSON', () => {
    const name = '</script><script>alert(1)</script><!-- \u2028 & "quotes"'
    const out = jsonLdScript({ '@type': 'Article', name })
    expect(out.match(/<\/script>/g)).toHaveLength(1)
    expect(out).not.toContain('<!--')
    expect(out).not.toContain('\u2028')
    const json = out.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect(JSON.parse(json)).toEqual({ '@context': 'https://schema.org', '@type': 'Article', name })
  })
})
