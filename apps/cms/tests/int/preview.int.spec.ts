// Preview of drafts (src/preview): the token, the CMS's preview endpoint and the portal's preview pages,
// over real HTTP against the running CMS and portal. Each test tries to see a draft it should not.
import { portalKeyHeader, previewHeader } from '@kennisbank/types/api'
import { previewLifetimeMs, signPreview } from '@kennisbank/types/tokens'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { previewUrl } from '../../src/preview/url'
import { cmsUrl, eventData, localApi, publishable, requiredEnv, richText, unique } from './helpers'

let payload: Payload
const created: number[] = []
const portal = () => requiredEnv('PORTAL_URL')
const key = () => requiredEnv('PORTAL_API_KEY')

async function item(title: string, status: 'draft' | 'published', extra: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'knowledge-items',
    draft: status === 'draft',
    data: { title, slug: unique('voorbeeld'), summary: 'Over een voorbeeld.', body: richText('Tekst van het voorbeeld.'), type: 'article', _status: status, ...publishable, ...extra },
  } as Parameters<Payload['create']>[0])
  created.push(Number(doc.id))
  return doc as unknown as { id: number; slug: string }
}

const fromCms = (token: string | null, init: { method?: string; body?: unknown; portalKey?: string | null } = {}) =>
  fetch(`${cmsUrl()}/api/preview`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.portalKey === null ? {} : { [portalKeyHeader]: init.portalKey ?? key() }),
      ...(token === null ? {} : { [previewHeader]: token }),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })

const page = async (url: string) => {
  const response = await fetch(url, { headers: { accept: 'text/html' } })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

beforeAll(async () => {
  payload = await localApi()
})
afterAll(async () => {
  for (const id of created) await payload.delete({ collection: 'knowledge-items', id }).catch(() => {})
})

describe('preview of drafts', () => {
  it('shows a never-published draft on its real portal page with a banner, never cached, never indexed, framed by the admin only', async () => {
    const draft = await item(`Concept ${unique('titel')}`, 'draft')
    const url = previewUrl('knowledge-items', draft as unknown as Record<string, unknown>)!
    expect(url.startsWith(`${portal()}/kennisbank/${draft.slug}?preview=`)).toBe(true)
    for (let i = 0; i < 2; i++) {
      const shown = await page(url)
      expect(shown.status).toBe(200)
      expect(shown.text).toContain('Voorbeeld — niet gepubliceerd')
      expect(shown.text).toContain('<meta name="robots" content="noindex"')
      expect(shown.headers.get('cache-control')).toBe('private, no-store')
      expect(shown.headers.get('x-robots-tag')).toBe('noindex')
      expect(shown.headers.get('x-cache')).toBeNull()
      expect(shown.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(cmsUrl()).origin}`)
    }
    // Without the token, or with a broken, foreign or expired one: nothing of the draft.
    expect((await page(`${portal()}/kennisbank/${draft.slug}`)).status).toBe(404)
    const other = await item(`Ander concept ${unique('titel')}`, 'draft')
    const tokens = {
      empty: '',
      junk: 'niet-een-token',
      tampered: `${new URL(url).searchParams.get('preview')!.slice(0, -2)}xx`,
      otherSecret: signPreview('een-ander-geheim', 'knowledge-items', draft.id),
      expired: signPreview(key(), 'knowledge-items', draft.id, Date.now() - previewLifetimeMs - 1000),
      otherCollection: signPreview(key(), 'events', draft.id),
    }
    for (const [why, token] of Object.entries(tokens)) {
      const shown = await page(`${portal()}/kennisbank/${draft.slug}?preview=${encodeURIComponent(token)}`)
      expect(shown.status, why).toBe(403)
      expect(shown.text, why).toContain('Deze voorbeeldlink is ongeldig of verlopen.')
      expect(shown.text, why).not.toContain('Over een voorbeeld.')
    }
    // A valid token for another draft shows that draft, whatever the address says: never this one.
    const foreign = await page(`${portal()}/kennisbank/${draft.slug}?preview=${signPreview(key(), 'knowledge-items', other.id)}`)
    expect(foreign.text).toContain('Ander concept')
    expect(foreign.text).not.toContain((await payload.findByID({ collection: 'knowledge-items', id: draft.id, draft: true, depth: 0 })).title)
  })

  it('shows the draft of a published item in the preview, while visitors keep the published version', async () => {
    const doc = await item(`Gepubliceerd ${unique('titel')}`, 'published')
    const publicTitle = (await payload.findByID({ collection: 'knowledge-items', id: doc.id, depth: 0 })).title
    await payload.update({ collection: 'knowledge-items', id: doc.id, draft: true, data: { title: `Nieuwe versie ${unique('titel')}`, _status: 'draft' } })
    const draftTitle = (await payload.findByID({ collection: 'knowledge-items', id: doc.id, depth: 0, draft: true })).title
    const shown = await page(previewUrl('knowledge-items', doc as unknown as Record<string, unknown>)!)
    expect(shown.text).toContain(draftTitle)
    // The preview did not end up in the page cache or the cache of CMS answers.
    const visitor = await page(`${portal()}/kennisbank/${doc.slug}`)
    expect(visitor.text).toContain(publicTitle)
    expect(visitor.text).not.toContain(draftTitle)
    expect(visitor.text).not.toContain('Voorbeeld — niet gepubliceerd')
  })

  it('answers the CMS preview only to the portal with a valid token, with related documents as visitors see them', async () => {
    const hidden = await item(`Verborgen ${unique('titel')}`, 'draft')
    const shownRelated = await item(`Zichtbaar ${unique('titel')}`, 'published')
    const draft = await item(`Met relaties ${unique('titel')}`, 'draft', { related: [hidden.id, shownRelated.id] })
    const token = signPreview(key(), 'knowledge-items', draft.id)

    expect((await fromCms(token, { portalKey: null })).status).toBe(401)
    expect((await fromCms(token, { portalKey: 'x'.repeat(key().length) })).status).toBe(401)
    expect((await fromCms(null)).status).toBe(403)
    const expired = await fromCms(signPreview(key(), 'knowledge-items', draft.id, Date.now() - previewLifetimeMs - 1))
    expect(expired.status).toBe(403)
    expect((await expired.json()).message).toBe('Deze voorbeeldlink is ongeldig of verlopen. Open het voorbeeld opnieuw vanuit het beheer.')

    const answer = await fromCms(token)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('cache-control')).toBe('no-store')
    const { doc } = await answer.json()
    expect(doc.id).toBe(draft.id)
    // The unpublished related item stays an id (not readable by visitors); the published one is populated.
    expect(doc.related).toEqual([hidden.id, expect.objectContaining({ id: shownRelated.id, title: expect.stringContaining('Zichtbaar') })])

    // The editor's unsaved form (live preview): populated the same way, nothing stored.
    const typed = await fromCms(token, { method: 'POST', body: { data: { title: 'Getypt, niet bewaard', related: [hidden.id, shownRelated.id] } } })
    expect(typed.status).toBe(200)
    const live = (await typed.json()).doc
    expect(live.title).toBe('Getypt, niet bewaard')
    expect(live.id).toBe(draft.id)
    expect(live.related).toEqual([hidden.id, expect.objectContaining({ id: shownRelated.id })])
    expect((await payload.findByID({ collection: 'knowledge-items', id: draft.id, draft: true, depth: 0 })).title).toContain('Met relaties')
    for (const body of [{ data: 'tekst' }, { data: [1] }, {}, 'geen object']) {
      const bad = await fromCms(token, { method: 'POST', body })
      expect(bad.status).toBe(400)
    }

    // A deleted document: 404, on the CMS and on the portal.
    await payload.delete({ collection: 'knowledge-items', id: draft.id })
    expect((await fromCms(token)).status).toBe(404)
    expect((await page(`${portal()}/kennisbank/concept?preview=${token}`)).status).toBe(404)
  })

  it('turns the editor’s unsaved form into the page’s data through the portal (POST /voorbeeld), for a valid token only', async () => {
    const draft = await item(`Live ${unique('titel')}`, 'draft')
    const token = signPreview(key(), 'knowledge-items', draft.id)
    const send = (body: unknown) => fetch(`${portal()}/voorbeeld`, { method: 'POST', headers: { 'content-type': 'application/json', origin: portal() }, body: JSON.stringify(body) })
    const answer = await send({ token, data: { title: 'Net getypt', summary: 'Een nieuwe samenvatting.', type: 'lesson' } })
    expect(answer.status).toBe(200)
    const { page: data } = await answer.json()
    expect(data.item).toMatchObject({ title: 'Net getypt', summary: 'Een nieuwe samenvatting.', type: 'Geleerde les' })
    for (const body of [{ token: 'nep', data: { title: 'x' } }, { data: { title: 'x' } }, { token: signPreview('ander', 'knowledge-items', draft.id), data: {} }]) {
      expect((await send(body)).status).toBe(403)
    }
    expect((await send({ token, data: 'x' })).status).toBe(400)
  })

  it('offers the preview for every collection with drafts, at its own portal address', async () => {
    const draft = await payload.create({ collection: 'pages', draft: true, data: { title: `Pagina ${unique('titel')}`, slug: unique('pagina'), _status: 'draft' } })
    try {
      const url = previewUrl('pages', draft as unknown as Record<string, unknown>)!
      expect(new URL(url).pathname).toBe(`/${draft.slug}`)
      const shown = await page(url)
      expect(shown.status).toBe(200)
      expect(shown.text).toContain(draft.title)
      expect((await page(`${portal()}/${draft.slug}`)).status).toBe(404)
    } finally {
      await payload.delete({ collection: 'pages', id: draft.id })
    }
    // A programme and an event (with the kennisbank's own registration form, shown open in the preview).
    const programme = await payload.create({ collection: 'programmes', draft: true, data: { title: `Programma ${unique('titel')}`, summary: 'Een programma in concept.', _status: 'draft' } } as Parameters<Payload['create']>[0])
    const event = await payload.create({
      collection: 'events',
      draft: true,
      data: { ...eventData(`Bijeenkomst ${unique('titel')}`, { registration: { mode: 'internal', capacity: 30 } }), _status: 'draft' },
    } as Parameters<Payload['create']>[0])
    try {
      for (const [collection, doc, path] of [
        ['programmes', programme, '/programmas/'],
        ['events', event, '/agenda/'],
      ] as const) {
        const url = previewUrl(collection, doc as unknown as Record<string, unknown>)!
        expect(new URL(url).pathname.startsWith(path)).toBe(true)
        const shown = await page(url)
        expect(shown.status, collection).toBe(200)
        expect(shown.text).toContain((doc as { title: string }).title)
        expect(shown.text).toContain('Voorbeeld — niet gepubliceerd')
      }
      expect((await page(previewUrl('events', event as unknown as Record<string, unknown>)!)).text).toContain('Nog 30 van de 30 plaatsen vrij.')
    } finally {
      await payload.delete({ collection: 'events', id: event.id })
      await payload.delete({ collection: 'programmes', id: programme.id })
    }
    expect(previewUrl('users', { id: 1 })).toBeNull()
    expect(previewUrl('knowledge-items', { slug: 'nog-niet-bewaard' })).toBeNull()
  })
})
