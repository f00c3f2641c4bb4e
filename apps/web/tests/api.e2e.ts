import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { parseFeed } from '@rowanmanning/feed-parser'
import { Validator } from '@seriousme/openapi-schema-validator'
import { expect, test, type APIRequestContext } from '@playwright/test'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import ICAL from 'ical.js'

import { apiLogin, cmsUrl, createDraftItem, expectAccessible, requiredEnv } from './helpers'

// The public read API (/api/v1) and the feeds, as another site uses them: over HTTP, from another
// origin in Chromium, with conditional requests; only published content, answers as documented.

async function documentedSchemas(request: APIRequestContext) {
  const answer = await request.get('/api/v1/openapi.json')
  expect(answer.status()).toBe(200)
  const document = await answer.json()
  const validation = await new Validator().validate(document)
  expect(validation.errors ?? []).toEqual([])
  expect(validation.valid).toBe(true)
  expect(document.openapi).toBe('3.1.0')
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema(document, 'openapi')
  /** Checks data against a schema of the document's components. */
  return (name: string, data: unknown) => {
    const validate = ajv.getSchema(`openapi#/components/schemas/${name}`)!
    expect(validate(data) ? [] : validate.errors, name).toEqual([])
  }
}

test('the open API answers published content only, as its OpenAPI description says, readable from any site', async ({ page, request }) => {
  const expectValid = await documentedSchemas(request)

  // Lists and documents match their schemas, and carry the API version, CORS and caching headers.
  const items = await request.get('/api/v1/kennisitems?aantal=50')
  expect(items.status()).toBe(200)
  expect(items.headers()['api-version']).toBe('1.0.0')
  expect(items.headers()['access-control-allow-origin']).toBe('*')
  expect(items.headers()['access-control-allow-credentials']).toBeUndefined()
  expect(items.headers()['cache-control']).toContain('s-maxage')
  const list = await items.json()
  expect(list.paginering.totaal).toBeGreaterThan(20)
  for (const item of list.resultaten) expectValid('KennisitemInLijst', item)
  const filtered = await (await request.get('/api/v1/kennisitems?soort=lesson&thema=wonen&regio=west-brabant')).json()
  expect(filtered.resultaten.length).toBeGreaterThan(0)
  for (const item of filtered.resultaten) expect(item.soort.code).toBe('lesson')
  for (const slug of list.resultaten.slice(0, 8).map((item: { slug: string }) => item.slug)) {
    const detail = await request.get(`/api/v1/kennisitems/${slug}`)
    expect(detail.status(), slug).toBe(200)
    expectValid('Kennisitem', await detail.json())
  }
  const events = await (await request.get('/api/v1/evenementen')).json()
  expect(events.resultaten.length).toBeGreaterThan(0)
  for (const event of events.resultaten) {
    expectValid('Evenement', event)
    expectValid('EvenementDetail', await (await request.get(`/api/v1/evenementen/${event.slug}`)).json())
  }
  const themes = await (await request.get('/api/v1/themas')).json()
  expect(themes.resultaten.map((theme: { slug: string }) => theme.slug)).toContain('wonen')
  for (const theme of themes.resultaten) expectValid('Thema', theme)

  // Errors are problem details in Dutch, with a 4xx.
  for (const [path, status] of [
    ['/api/v1/kennisitems?aantal=500', 400],
    ['/api/v1/kennisitems?soort=onzin', 400],
    ['/api/v1/evenementen?vanaf=31-12-2026', 400],
    ['/api/v1/kennisitems/bestaat-niet', 404],
    ['/api/v1/kennisitems/Geen%20slug', 404],
    ['/api/v1/bestaat-niet', 404],
  ] as const) {
    const answer = await request.get(path)
    expect(answer.status(), path).toBe(status)
    expect(answer.headers()['content-type'], path).toContain('application/problem+json')
    const body = await answer.json()
    expectValid('Probleem', body)
    expect(body.status, path).toBe(status)
    expect(body.detail, path).toMatch(/[a-z]{3,}.*\.$/)
  }

  // HEAD works wherever GET does; a known ETag or an unchanged date gets a 304.
  const head = await request.head('/api/v1/themas')
  expect(head.status()).toBe(200)
  expect(await head.body()).toHaveLength(0)
  const first = await request.get('/api/v1/themas')
  const again = await request.get('/api/v1/themas', { headers: { 'if-none-match': first.headers().etag! } })
  expect(again.status()).toBe(304)
  const since = await request.get('/api/v1/themas', { headers: { 'if-modified-since': first.headers()['last-modified']! } })
  expect(since.status()).toBe(304)

  // Another site's page reads it in the browser: a real cross-origin request, from a page served on
  // another port of this machine (Chromium lets only local pages call local addresses).
  const site = await otherSite('<!doctype html><title>Gemeente</title>')
  await page.goto(site.url)
  const fromElsewhere = await page.evaluate(async (url) => {
    const answer = await fetch(url, { headers: { accept: 'application/json' } })
    return { status: answer.status, version: answer.headers.get('api-version'), count: (await answer.json()).resultaten.length }
  }, `${requiredEnv('PORTAL_URL')}/api/v1/kennisitems?aantal=3`)
  expect(fromElsewhere).toEqual({ status: 200, version: '1.0.0', count: 3 })
  site.close()

  // A draft is nowhere; once published it is in the API and the feed within seconds, and gone when deleted.
  const token = await apiLogin(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
  const word = `apitoets${Date.now().toString(36)}`
  const draft = await createDraftItem(request, token, {
    title: `Les over ${word}`,
    summary: `Nog niet gepubliceerd: ${word}.`,
    type: 'lesson',
    template: { background: 'Aanleiding.', approach: 'Aanpak.', whatWorked: 'Wat werkte.' },
    evidence: 'practice',
    audience: ['municipalities'],
    text: word,
  })
  expect((await (await request.get(`/api/v1/kennisitems?zoekterm=${word}`)).json()).paginering.totaal).toBe(0)
  expect((await request.get(`/api/v1/kennisitems/${draft.slug}`)).status()).toBe(404)
  expect(await (await request.get('/kennisbank/feed.xml')).text()).not.toContain(word)
  const published = await request.patch(`${cmsUrl()}/api/knowledge-items/${draft.id}`, { headers: { authorization: `JWT ${token}` }, data: { _status: 'published' } })
  expect(published.status()).toBe(200)
  await expect(async () => {
    expect((await (await request.get(`/api/v1/kennisitems?zoekterm=${word}`)).json()).paginering.totaal).toBe(1)
    expect((await request.get(`/api/v1/kennisitems/${draft.slug}`)).status()).toBe(200)
    expect(await (await request.get('/kennisbank/feed.xml')).text()).toContain(word)
  }).toPass({ timeout: 10_000 })
  expect((await request.delete(`${cmsUrl()}/api/knowledge-items/${draft.id}`, { headers: { authorization: `JWT ${token}` } })).status()).toBe(200)
  await expect(async () => {
    expect((await request.get(`/api/v1/kennisitems/${draft.slug}`)).status()).toBe(404)
    expect(await (await request.get('/kennisbank/feed.json')).text()).not.toContain(word)
  }).toPass({ timeout: 10_000 })
})

test('feeds of the kennisbank and the agenda: RSS, Atom and JSON Feed, filtered, linked from their pages, with 304 answers', async ({ page, request }) => {
  const types = { 'feed.xml': 'application/rss+xml', 'atom.xml': 'application/atom+xml', 'feed.json': 'application/feed+json' }
  for (const list of ['kennisbank', 'agenda']) {
    for (const [file, type] of Object.entries(types)) {
      const answer = await request.get(`/${list}/${file}`)
      expect(answer.status(), `${list}/${file}`).toBe(200)
      expect(answer.headers()['content-type']).toContain(type)
      expect(answer.headers()['access-control-allow-origin']).toBe('*')
      const text = await answer.text()
      if (file === 'feed.json') {
        const feed = JSON.parse(text)
        expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\//)
        expect(feed.items.length).toBeGreaterThan(0)
        for (const item of feed.items) expect(item.url).toMatch(new RegExp(`^${requiredEnv('PORTAL_URL')}/${list}/`))
      } else {
        // An independent parser reads what the generator wrote.
        const feed = parseFeed(text)
        expect(feed.meta.type).toBe(file === 'feed.xml' ? 'rss' : 'atom')
        expect(feed.title).toMatch(/brede welvaart Brabant/)
        expect(feed.items.length).toBeGreaterThan(0)
        for (const item of feed.items) {
          expect(item.url).toMatch(new RegExp(`^${requiredEnv('PORTAL_URL')}/${list}/[a-z0-9-]+$`))
          expect(item.title).toBeTruthy()
          expect(item.published ?? item.updated).toBeInstanceOf(Date)
        }
      }
      const etag = answer.headers().etag!
      expect((await request.get(`/${list}/${file}`, { headers: { 'if-none-match': etag } })).status()).toBe(304)
    }
  }
  // Filtered like the list it belongs to: only lessons about housing, named in the title.
  const lessons = await (await request.get('/kennisbank/feed.json?soort=lesson&thema=wonen')).json()
  expect(lessons.title).toBe('Nieuw in de kennisbank brede welvaart Brabant – Geleerde les – Wonen')
  const api = await (await request.get(`/api/v1/kennisitems?soort=lesson&thema=wonen&sorteer=nieuwste&aantal=30`)).json()
  expect(lessons.items.map((item: { url: string }) => item.url)).toEqual(api.resultaten.map((item: { url: string }) => item.url))
  expect((await request.get('/agenda/feed.xml?soort=onzin')).status()).toBe(400)

  // The iCalendar feed and an event's file, read by an independent parser, with the same caching.
  const events = (await (await request.get('/api/v1/evenementen?aantal=50')).json()).resultaten as { titel: string; begin: string; agenda: string }[]
  const calendar = await request.get('/agenda.ics')
  expect(calendar.headers()['content-type']).toContain('text/calendar')
  expect((await request.get('/agenda.ics', { headers: { 'if-none-match': calendar.headers().etag! } })).status()).toBe(304)
  const vevents = new ICAL.Component(ICAL.parse(await calendar.text())).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  for (const event of events) {
    const found = vevents.find((vevent) => vevent.summary === event.titel)
    expect(found, event.titel).toBeDefined()
    expect(found!.startDate.toJSDate().toISOString()).toBe(event.begin)
  }
  const one = new ICAL.Component(ICAL.parse(await (await request.get(events[0]!.agenda)).text())).getAllSubcomponents('vevent')
  expect(one.map((vevent) => new ICAL.Event(vevent).summary)).toEqual([events[0]!.titel])

  // The pages point to their feeds, with the filters chosen there.
  await page.goto('/kennisbank?thema=wonen')
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/kennisbank/feed.xml?thema=wonen')
  await page.goto('/agenda')
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/agenda/atom.xml')
  await page.goto('/')
  await expect(page.locator('link[rel="alternate"]')).toHaveCount(6)
})

test('the developers’ page explains the API with examples that work', async ({ page, request }) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Voor ontwikkelaars' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voor ontwikkelaars')
  await expectAccessible(page)
  // The curl example's address answers what it promises.
  const example = (await page.locator('pre code').first().textContent())!
  const url = /'(http[^']+)'/.exec(example)![1]!
  const answer = await (await request.get(url)).json()
  expect(answer.resultaten.length).toBeGreaterThan(0)
  for (const item of answer.resultaten) expect(item.soort.code).toBe('lesson')
  for (const link of await page.locator('main a[href^="/kennisbank/feed"], main a[href^="/agenda/"], main a[href^="/api/"]').all()) {
    const href = (await link.getAttribute('href'))!
    expect((await request.get(href)).status(), href).toBe(200)
  }
})

/** Serves one HTML page on another port of this machine: another origin, as another site would be. */
async function otherSite(html: string) {
  const site = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html))
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(site.address() as AddressInfo).port}/`, close: () => site.close() }
}

test('the widget shows published events and items on another site: accessible, themable, small, without cookies', async ({ page, request, context }) => {
  const portal = requiredEnv('PORTAL_URL')
  // A draft about housing, the newest of all: it must not show.
  const token = await apiLogin(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
  const secret = `Concept voor de widget ${Date.now().toString(36)}`
  const draft = await createDraftItem(request, token, { title: secret, summary: 'Niet gepubliceerd.', type: 'article', text: 'Concept.' })
  const site = await otherSite(`<!doctype html><html lang="nl"><head><title>Gemeente Voorbeeld</title>
    <style>bw-kennisbank { --bw-color-link: rgb(0, 0, 128); }</style>
    <script src="${portal}/widget.js" defer></script></head>
    <body><main><h1>Brede welvaart in onze gemeente</h1>
    <bw-agenda aantal="3"></bw-agenda>
    <bw-kennisbank thema="wonen" aantal="4" kop="Nieuw over wonen"></bw-kennisbank></main></body></html>`)
  await page.goto(site.url)
  const items = (await (await request.get('/api/v1/kennisitems?thema=wonen&sorteer=nieuwste&aantal=4')).json()).resultaten as { titel: string; url: string }[]
  const events = (await (await request.get('/api/v1/evenementen?aantal=3')).json()).resultaten as { titel: string }[]
  const knowledge = page.locator('bw-kennisbank')
  await expect(knowledge.getByRole('heading', { level: 2 })).toHaveText('Nieuw over wonen')
  await expect(knowledge.getByRole('listitem')).toHaveCount(items.length)
  await expect(knowledge.getByRole('listitem').getByRole('link')).toHaveText(items.map((item) => item.titel))
  expect(await knowledge.getByRole('listitem').getByRole('link').first().getAttribute('href')).toBe(items[0]!.url)
  await expect(page.locator('bw-agenda').getByRole('listitem').getByRole('link')).toHaveText(events.map((event) => event.titel))
  await expect(page.getByText(secret)).toHaveCount(0)
  await expect(knowledge.getByRole('link', { name: 'Meer in de kennisbank' })).toHaveAttribute('href', `${portal}/kennisbank?thema=wonen`)
  // Themable from the host page, accessible, and it leaves no cookies.
  expect(await knowledge.getByRole('listitem').getByRole('link').first().evaluate((link) => getComputedStyle(link).color)).toBe('rgb(0, 0, 128)')
  await expectAccessible(page)
  expect(await context.cookies([portal, site.url])).toEqual([])
  const script = await request.get('/widget.js', { headers: { 'accept-encoding': 'gzip' } })
  expect(script.headers()['content-type']).toContain('javascript')
  expect(gzipSync(await script.body(), { level: 9 }).length).toBeLessThan(10 * 1024)
  site.close()
  await request.delete(`${cmsUrl()}/api/knowledge-items/${draft.id}`, { headers: { authorization: `JWT ${token}` } })
})

test('oEmbed: an item’s address becomes a quotation with links for another site; other addresses are refused', async ({ page, request }) => {
  const portal = requiredEnv('PORTAL_URL')
  await page.goto('/kennisbank/wat-is-brede-welvaart')
  const discovery = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')
  const answer = await request.get(discovery!)
  expect(answer.status()).toBe(200)
  expect(answer.headers()['access-control-allow-origin']).toBe('*')
  const embed = await answer.json()
  expect(embed).toMatchObject({ version: '1.0', type: 'rich', title: await page.getByRole('heading', { level: 1 }).textContent(), provider_url: `${portal}/` })
  expect(embed.html).toContain(`<a href="${portal}/kennisbank/wat-is-brede-welvaart">`)
  expect(embed.html).not.toMatch(/<script|<iframe|on[a-z]+=/i)
  // Shown on another site, it is accessible as it is.
  const site = await otherSite(`<!doctype html><html lang="nl"><head><title>Ingebed</title></head><body><main>${embed.html}</main></body></html>`)
  await page.goto(site.url)
  await expect(page.getByRole('link', { name: embed.title })).toBeVisible()
  await expectAccessible(page)
  site.close()
  for (const [url, status] of [
    [`${portal}/kennisbank/bestaat-niet`, 404],
    [`${portal}/agenda`, 404],
    [`https://elders.example/kennisbank/wat-is-brede-welvaart`, 404],
    ['geen adres', 404],
  ] as const) {
    const refused = await request.get(`/oembed?url=${encodeURIComponent(url)}`)
    expect(refused.status(), url).toBe(status)
    expect(refused.headers()['content-type']).toContain('application/problem+json')
  }
  expect((await request.get(`/oembed?format=xml&url=${encodeURIComponent(`${portal}/kennisbank/wat-is-brede-welvaart`)}`)).status()).toBe(501)
})

// Last in this file, and the only test that calls /api/v1 after it: it uses up this address's budget for a minute.
test('answers that are not in the cache are limited per client: 429 with Retry-After, in Dutch; cached answers stay free', async ({ request }) => {
  await request.get('/api/v1/themas')
  const run = Date.now().toString(36)
  let limited: Awaited<ReturnType<APIRequestContext['get']>> | undefined
  for (let batch = 0; batch < 20 && !limited; batch++) {
    const answers = await Promise.all(Array.from({ length: 25 }, (_, i) => request.get(`/api/v1/kennisitems?zoekterm=limiet${run}x${batch * 25 + i}`)))
    expect(answers.filter((answer) => ![200, 429].includes(answer.status())).map((answer) => answer.status())).toEqual([])
    limited = answers.find((answer) => answer.status() === 429)
  }
  expect(limited, 'no 429 after 500 uncached calls').toBeDefined()
  expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0)
  expect(limited!.headers()['content-type']).toContain('application/problem+json')
  const body = (await limited!.json()) as { detail: string }
  expect(body).toMatchObject({ status: 429, title: 'Te veel verzoeken' })
  expect(body.detail).toMatch(/^Te veel verzoeken achter elkaar\. Probeer het over \d+ seconden? opnieuw\.$/)
  // What the cache already has is still answered, and the site's pages are not affected.
  expect((await request.get('/api/v1/themas')).status()).toBe(200)
  expect((await request.get('/kennisbank?zoekterm=wonen')).status()).toBe(200)
})
