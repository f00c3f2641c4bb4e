import { describe, expect, it } from 'vitest'

import { safeHref } from './url'

describe('safeHref', () => {
  it('allows http(s), mailto, tel, site paths and fragments', () => {
    for (const ok of ['https://www.cbs.nl/x?a=1', 'http://example.org', 'mailto:redactie@example.org', 'tel:+31201234567', '/kennisbank/x', '#kop']) {
      expect(safeHref(ok)).toBe(ok)
    }
  })

  it('refuses script and data URLs, disguised schemes and protocol-relative URLs', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example', '/\\evil.example', 'file:///etc/passwd', '', 42, null]) {
      expect(safeHref(bad), String(bad)).toBeNull()
    }
  })
})
