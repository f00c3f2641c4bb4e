import { expect, test } from '@playwright/test'

import { apiLogin, cmsUrl, requiredEnv } from './helpers'

type Doc = { slug?: string; year?: number; title: string; _status?: string }
const portalPath: Record<string, (doc: Doc) => string> = {
  'knowledge-items': (doc) => `/kennisbank/${doc.slug}`,
  programmes: (doc) => `/programmas/${doc.slug}`,
  events: (doc) => `/agenda/${doc.slug}`,
  organisations: (doc) => `/netwerk/${doc.slug}`,
  themes: (doc) => `/themas/${doc.slug}`,
  pages: (doc) => (doc.slug === 'week-van-de-brede-welvaart' ? '/week-van-de-brede-welvaart' : `/${doc.slug}`),
  editions: (doc) => `/week-van-de-brede-welvaart/${doc.year}`,
}

async function cmsDocs(collection: string, query: string, token?: string): Promise<Doc[]> {
  const response = await fetch(`${cmsUrl()}/api/${collection}?limit=1000&depth=0&${query}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })
  expect(response.status, collection).toBe(200)
  return ((await response.json()) as { docs: Doc[] }).docs
}

test('every published document is reachable from the home page within 3 clicks; no draft is reachable', async ({ request }) => {
  test.setTimeout(240_000)
  // Breadth-first over the links of the server-rendered HTML, as a browser without JavaScript sees them.
  const seen = new Map<string, number>([['/', 0]])
  const pages = new Map<string, string>()
  let frontier = ['/']
  for (let depth = 0; depth <= 3; depth++) {
    const next: string[] = []
    for (const path of frontier) {
      const response = await request.get(path)
      expect(response.status(), path).toBeLessThan(500)
      const html = await response.text()
      pages.set(path, html)
      if (depth === 3) continue
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        const url = new URL(href!.replaceAll('&amp;', '&'), 'http://portal.test')
        if (url.origin !== 'http://portal.test' || url.pathname.startsWith('/api')) continue
        const key = url.pathname + url.search
        if (!seen.has(key)) {
          seen.set(key, depth + 1)
          next.push(key)
        }
      }
    }
    frontier = next
  }
  const reached = new Set([...seen.keys()].map((key) => key.split('?')[0]))

  const publishedPaths = new Set<string>()
  for (const collection of Object.keys(portalPath)) {
    const published = await cmsDocs(collection, '')
    expect(published.length, collection).toBeGreaterThan(0)
    for (const doc of published) {
      const path = portalPath[collection]!(doc)
      publishedPaths.add(path)
      expect(reached, `${collection}: ${doc.title}`).toContain(path)
    }
  }

  // Drafts (seen only with an editor's token) are reachable neither by a link nor by their address.
  const token = await apiLogin(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
  let drafts = 0
  for (const collection of ['knowledge-items', 'programmes', 'events', 'pages']) {
    for (const doc of await cmsDocs(collection, 'draft=true&where[_status][equals]=draft', token)) {
      const path = portalPath[collection]!(doc)
      if (publishedPaths.has(path)) continue // published, with a newer draft: tested below
      expect(reached, path).not.toContain(path)
      expect((await request.get(path)).status(), path).toBe(404)
      drafts++
    }
  }
  expect(drafts).toBeGreaterThanOrEqual(4)
  // The unpublished revision of a published item shows nowhere.
  for (const [path, html] of pages) expect(html, path).not.toContain('herziene versie in bewerking')
})
