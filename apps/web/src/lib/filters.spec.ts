import { isHttpError } from '@sveltejs/kit'
import { describe, expect, it } from 'vitest'

import { paginate, readFilter, readPage } from './filters'

const type = { name: 'soort', label: 'Soort', all: 'Alle soorten', options: [{ value: 'lesson', label: 'Geleerde les' }] }
const status = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return isHttpError(e) ? [e.status, e.body.message] : ['thrown', e]
  }
  return null
}

describe('filters', () => {
  it('reads known values and treats empty as all', () => {
    expect(readFilter(new URLSearchParams('soort=lesson'), type).value).toBe('lesson')
    expect(readFilter(new URLSearchParams('soort='), type).value).toBe('')
    expect(readFilter(new URLSearchParams(''), type).value).toBe('')
  })

  it('answers unknown values and bad page numbers with a Dutch 400', () => {
    const [code, message] = status(() => readFilter(new URLSearchParams("soort=' OR 1=1 --"), type)) as [number, string]
    expect(code).toBe(400)
    expect(message).toContain('geen geldige keuze voor soort')
    for (const bad of ['0', '-1', 'twee', '1e3', '999999', '']) {
      expect(status(() => readPage(new URLSearchParams(`pagina=${bad}`)))?.[0], bad).toBe(400)
    }
    expect(readPage(new URLSearchParams('pagina=3'))).toBe(3)
  })

  it('paginates with first, last and neighbours, keeping the other parameters', () => {
    const p = paginate(new URL('http://x/kennisbank?soort=lesson&pagina=6'), 6, 20)
    expect(p.pages.map((link) => link?.page ?? '…')).toEqual([1, '…', 4, 5, 6, 7, 8, '…', 20])
    expect(p.prev).toBe('/kennisbank?soort=lesson&pagina=5')
    expect(p.pages[0]?.href).toBe('/kennisbank?soort=lesson')
    expect(p.pages.find((link) => link?.current)?.page).toBe(6)
    expect(paginate(new URL('http://x/a'), 1, 1)).toMatchObject({ prev: null, next: null, pages: [{ page: 1, current: true }] })
  })
})
