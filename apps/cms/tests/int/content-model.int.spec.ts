/** The content model: slugs, validation with Dutch messages, media, joins and hooks. */
import type { Payload } from 'payload'
import { contactRequired, requiredSections } from '@kennisbank/types/vocabularies'
import { beforeAll, describe, expect, it } from 'vitest'

import { eventData, http, localApi, publishable, requiredEnv, richText, unique } from './helpers'
import { illustration } from '../../src/seed/files'

let payload: Payload
let editorToken: string
let anchorOrganisation: number

beforeAll(async () => {
  payload = await localApi()
  editorToken = (await http.login(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))).token!
  anchorOrganisation = (await payload.find({ collection: 'organisations', limit: 1 })).docs[0]!.id
})

const item = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: 'Samenvatting',
  body: richText('Tekst'),
  type: 'article',
  _status: 'published',
  ...publishable,
  ...extra,
})

describe('slugs', () => {
  it('are made from the title, with accents folded, and stay editable', async () => {
    const suffix = unique('x')
    const created = await http.send('POST', '/api/knowledge-items', item(`Financiële zorgen & gezondheid ${suffix}`), editorToken)
    expect(created.status).toBe(201)
    expect(created.body.doc.slug).toBe(`financiele-zorgen-en-gezondheid-${suffix}`)

    const edited = await http.send('PATCH', `/api/knowledge-items/${created.body.doc.id}`, { slug: `eigen-adres-${suffix}` }, editorToken)
    expect(edited.status).toBe(200)
    expect(edited.body.doc.slug).toBe(`eigen-adres-${suffix}`)
  })

  it('must be unique, and a duplicate is a 400 with a Dutch message that stores nothing', async () => {
    const slug = unique('dubbel')
    expect((await http.send('POST', '/api/knowledge-items', item('Eerste', { slug }), editorToken)).status).toBe(201)
    const before = await payload.count({ collection: 'knowledge-items' })
    const duplicate = await http.send('POST', '/api/knowledge-items', item('Tweede', { slug }), editorToken)
    expect(duplicate.status).toBe(400)
    expect(JSON.stringify(duplicate.body)).toMatch(/al in gebruik|uniek|moet uniek/i)
    expect((await payload.count({ collection: 'knowledge-items' })).totalDocs).toBe(before.totalDocs)
  })

  it('reject characters that do not belong in an address', async () => {
    const response = await http.send('POST', '/api/knowledge-items', item('Fout', { slug: 'Hoofd Letters/../x' }), editorToken)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('Gebruik alleen kleine letters')
  })
})

describe('validation', () => {
  it('refuses javascript: and data: links with a Dutch message', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'geen adres']) {
      const response = await http.send('POST', '/api/knowledge-items', item(unique('Link'), { externalLinks: [{ label: 'x', url }] }), editorToken)
      expect(response.status, url).toBe(400)
      expect(JSON.stringify(response.body)).toContain('https://')
    }
  })

  it('refuses an event that ends before it starts', async () => {
    const response = await http.send(
      'POST',
      '/api/events',
      eventData(unique('Omgekeerd'), {
        startsAt: '2030-01-02T10:00:00.000Z',
        endsAt: '2030-01-02T09:00:00.000Z',
        _status: 'published',
      }),
      editorToken,
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('Het einde ligt vóór het begin')
  })

  it('answers malformed JSON and unknown ids with a 4xx, never a 500', async () => {
    const malformed = await fetch(`${requiredEnv('CMS_URL')}/api/knowledge-items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: '{"title": ',
    })
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
    expect((await http.get('/api/knowledge-items/999999999')).status).toBe(404)
    expect((await http.get('/api/knowledge-items?where[title][like]=%27%3B%20drop%20table%20users%3B--')).status).toBe(200)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBeGreaterThan(0)
  })
})

describe('media', () => {
  it('requires alt text and makes responsive sizes', async () => {
    const file = await illustration(unique('test'), 200, 2000, 1125)
    await expect(payload.create({ collection: 'media', data: {} as never, file })).rejects.toThrow(/Alternatieve tekst/)
    const doc = await payload.create({ collection: 'media', data: { alt: 'Testafbeelding' }, file })
    expect(doc.width).toBe(2000)
    expect(doc.sizes?.small?.width).toBe(640)
    expect(doc.sizes?.large?.width).toBe(1600)
    expect(doc.sizes?.small?.mimeType).toBe('image/webp')
    // Not used by published content yet: for logged-in users only (fields/public-media.ts, tested in public-media.int.spec.ts).
    const { token } = await http.login(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
    const served = await fetch(new URL(doc.sizes!.small!.url!, requiredEnv('CMS_URL')), { headers: { authorization: `JWT ${token}` } })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toContain('image/webp')
  })
})

describe('relations', () => {
  it('exposes the reverse side through join fields, not hand-kept copies', async () => {
    const programme = await payload.find({ collection: 'programmes', where: { slug: { equals: 'sociale-veerkracht' } }, depth: 0 })
    const { body } = await http.get(`/api/programmes/${programme.docs[0]!.id}?depth=1`)
    expect(body.events.docs.map((e: { slug: string }) => e.slug)).toContain('werksessie-sociale-veerkracht')
    expect(body.knowledgeItems.docs.map((i: { slug: string }) => i.slug)).toContain('ervaren-brede-welvaart-in-brabant')

    const theme = await http.get('/api/themes?where[slug][equals]=gezondheid&depth=1')
    expect(theme.body.docs[0].knowledgeItems.docs.length).toBeGreaterThan(0)
    const organisation = await http.get('/api/organisations?where[slug][equals]=zet&depth=1')
    expect(organisation.body.docs[0].events.docs.length).toBeGreaterThan(0)
    const edition = await http.get('/api/editions?where[year][equals]=2023&depth=1')
    expect(edition.body.docs[0].events.docs.map((e: { slug: string }) => e.slug)).toEqual(
      expect.arrayContaining(['week-2023-opening', 'week-2023-slotbijeenkomst']),
    )
  })

  it('stamps the publication date on first publish', async () => {
    const created = await http.send('POST', '/api/knowledge-items?draft=true', { ...item(unique('Later')), _status: 'draft' }, editorToken)
    expect(created.body.doc.publishedAt ?? null).toBeNull()
    const published = await http.send('PATCH', `/api/knowledge-items/${created.body.doc.id}`, { _status: 'published' }, editorToken)
    expect(new Date(published.body.doc.publishedAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
  })
})

describe('the item template', () => {
  const paths = (body: any): string[] => (body?.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((e: { path: string }) => e.path))

  it('lets a draft be incomplete, but blocks publishing until the sections its type needs, a contact, evidence and audience are there', async () => {
    for (const [type, sections] of Object.entries(requiredSections)) {
      const draft = await http.send('POST', '/api/knowledge-items?draft=true', { title: unique(`Concept ${type}`), summary: 'Nog niet af', body: richText('Tekst'), type, _status: 'draft' }, editorToken)
      expect(draft.status, `a ${type} draft without sections is saved`).toBe(201)
      const id = draft.body.doc.id
      const refused = await http.send('PATCH', `/api/knowledge-items/${id}`, { _status: 'published' }, editorToken)
      expect(refused.status, type).toBe(400)
      const expected = [...sections.map((name) => `template.${name}`), 'evidence', 'audience', ...(contactRequired.includes(type) ? ['contact.name'] : [])]
      expect(paths(refused.body).sort(), type).toEqual(expected.sort())
      // The messages say in Dutch what is missing.
      expect(JSON.stringify(refused.body), type).toMatch(/verplicht/)
      expect((await payload.findByID({ collection: 'knowledge-items', id, draft: true }))._status, type).toBe('draft')

      const complete = {
        template: Object.fromEntries(sections.map((name) => [name, `Ingevuld: ${name}`])),
        evidence: 'practice',
        audience: ['province'],
        ...(contactRequired.includes(type) ? { contact: { organisation: anchorOrganisation } } : {}),
        _status: 'published',
      }
      const published = await http.send('PATCH', `/api/knowledge-items/${id}`, complete, editorToken)
      expect(published.status, `${type}: ${JSON.stringify(published.body).slice(0, 300)}`).toBe(200)
      expect(published.body.doc.evidenceAssignedAt, 'the date the evidence label was set').toBeTruthy()
    }
  })

  it('needs regions when an item applies to certain regions only', async () => {
    const refused = await http.send('POST', '/api/knowledge-items', item(unique('Regio'), { regionScope: 'regions' }), editorToken)
    expect(refused.status).toBe(400)
    expect(paths(refused.body)).toEqual(['regions'])
  })

  it('does not let content be about the Netherlands as a whole (a region for figures only)', async () => {
    const nederland = (await payload.find({ collection: 'regions', where: { cbsCode: { equals: 'NL01' } } })).docs[0]!.id
    const refused = await http.send('POST', '/api/knowledge-items', item(unique('Nederland'), { regionScope: 'regions', regions: [nederland] }), editorToken)
    expect(refused.status).toBe(400)
    expect(paths(refused.body)).toEqual(['regions'])
    const event = await http.send('POST', '/api/events', eventData(unique('Nederland'), { regions: [nederland] }), editorToken)
    expect(event.status).toBe(400)
    expect(paths(event.body)).toEqual(['regions'])
  })
})
