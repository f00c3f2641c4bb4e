/**
 * The access matrix, tried over real HTTP (REST and GraphQL) against the running CMS:
 * anonymous visitors must never see an unpublished document or version, contributors
 * only propose drafts, editors publish, and only admins manage users and unlock accounts.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { cmsUrl, eventData, http, localApi, publishable, requiredEnv, richText, unique } from './helpers'

const draftCollections = ['knowledge-items', 'programmes', 'events', 'pages'] as const
type DraftCollection = (typeof draftCollections)[number]

const graphqlNames: Record<DraftCollection, { list: string; one: string; versions: string; version: string }> = {
  'knowledge-items': { list: 'KnowledgeItems', one: 'KnowledgeItem', versions: 'versionsKnowledgeItems', version: 'versionKnowledgeItem' },
  programmes: { list: 'Programmes', one: 'Programme', versions: 'versionsProgrammes', version: 'versionProgramme' },
  events: { list: 'Events', one: 'Event', versions: 'versionsEvents', version: 'versionEvent' },
  pages: { list: 'Pages', one: 'Page', versions: 'versionsPages', version: 'versionPage' },
}

/** Every unpublished title and summary carries this marker; it must never appear in an anonymous response. */
const marker = unique('GEHEIM').toUpperCase()

let payload: Payload
let anchor: { programme: number; theme: number; organisation: number; edition: number }
const secretIds = {} as Record<DraftCollection, { neverPublished: number; withDraft: number; versionIds: (string | number)[] }>

function baseData(collection: DraftCollection, title: string, summary: string): Record<string, unknown> {
  switch (collection) {
    case 'knowledge-items':
      return {
        title,
        summary,
        body: richText(summary),
        type: 'lesson',
        ...publishable,
        programmes: [anchor.programme],
        themes: [anchor.theme],
        organisations: [anchor.organisation],
      }
    case 'programmes':
      return { title, summary, themes: [anchor.theme] }
    case 'events':
      return eventData(title, {
        summary,
        programme: anchor.programme,
        organisers: [anchor.organisation],
        themes: [anchor.theme],
        edition: anchor.edition,
      })
    case 'pages':
      return { title, intro: summary, layout: [{ blockType: 'content', body: richText(summary) }] }
  }
}

const expectNoSecret = (label: string, body: unknown) => {
  expect(JSON.stringify(body), label).not.toContain(marker)
}

beforeAll(async () => {
  payload = await localApi()
  const first = async (collection: 'programmes' | 'themes' | 'organisations' | 'editions') =>
    (await payload.find({ collection, limit: 1, depth: 0, where: collection === 'programmes' ? { _status: { equals: 'published' } } : {} })).docs[0]!.id as number
  anchor = { programme: await first('programmes'), theme: await first('themes'), organisation: await first('organisations'), edition: await first('editions') }

  for (const collection of draftCollections) {
    const neverPublished = await payload.create({
      collection,
      data: { ...baseData(collection, `${marker} nooit gepubliceerd`, `${marker} concepttekst`), _status: 'draft' },
      draft: true,
    } as Parameters<Payload['create']>[0])
    const published = await payload.create({
      collection,
      data: { ...baseData(collection, unique('Openbaar'), 'Openbare samenvatting'), _status: 'published' },
    } as Parameters<Payload['create']>[0])
    await payload.update({
      collection,
      id: published.id,
      data: { title: `${marker} verborgen wijziging`, ...(collection === 'pages' ? { intro: marker } : { summary: marker }) },
      draft: true,
    } as Parameters<Payload['update']>[0])
    const versions = await payload.findVersions({ collection, where: { parent: { in: [neverPublished.id, published.id] } }, limit: 100 })
    secretIds[collection] = {
      neverPublished: neverPublished.id as number,
      withDraft: published.id as number,
      versionIds: versions.docs.map((v) => v.id),
    }
  }
  // A published page that lists the never-published item: population must not leak it either.
  await payload.create({
    collection: 'pages',
    data: {
      title: unique('Lijstpagina'),
      slug: unique('lijstpagina'),
      _status: 'published',
      layout: [{ blockType: 'itemList', heading: 'Lijst', items: [secretIds['knowledge-items'].neverPublished] }],
    },
  })
})

describe('anonymous REST', () => {
  const listQueries = ['', '&draft=true', '&where[_status][equals]=draft', '&where[_status][equals]=draft&draft=true', '&where[_status][not_equals]=published']

  it('lists of every collection never contain unpublished content, whatever the query', async () => {
    for (const collection of payload.config.collections.map((c) => c.slug)) {
      for (const query of listQueries) {
        const { status, body } = await http.get(`/api/${collection}?limit=1000&depth=3${query}`)
        expectNoSecret(`${collection}${query}`, body)
        if (status === 200 && draftCollections.includes(collection as DraftCollection)) {
          for (const doc of body.docs) expect(doc._status, `${collection}${query}`).toBe('published')
        }
      }
    }
  })

  it('counts include published documents only', async () => {
    for (const collection of draftCollections) {
      const drafts = await http.get(`/api/${collection}/count?where[_status][equals]=draft&draft=true`)
      expect(drafts.status, collection).toBe(200)
      expect(drafts.body.totalDocs, collection).toBe(0)
      const all = await http.get(`/api/${collection}/count?draft=true`)
      const published = await payload.count({ collection, where: { _status: { equals: 'published' } } })
      expect(all.body.totalDocs, collection).toBe(published.totalDocs)
    }
  })

  it('documents by id show the published version or nothing', async () => {
    for (const collection of draftCollections) {
      const { neverPublished, withDraft } = secretIds[collection]
      for (const suffix of ['', '?draft=true', '?depth=3&draft=true']) {
        const hidden = await http.get(`/api/${collection}/${neverPublished}${suffix}`)
        expect(hidden.status, `${collection}/${neverPublished}${suffix}`).toBe(404)
        expectNoSecret(`${collection}/${neverPublished}${suffix}`, hidden.body)
        const shown = await http.get(`/api/${collection}/${withDraft}${suffix}`)
        expectNoSecret(`${collection}/${withDraft}${suffix}`, shown.body)
      }
      const published = await http.get(`/api/${collection}/${withDraft}`)
      expect(published.status).toBe(200)
      expect(published.body._status).toBe('published')
    }
  })

  it('versions are closed', async () => {
    for (const collection of draftCollections) {
      const list = await http.get(`/api/${collection}/versions?limit=1000&depth=2`)
      expect(list.status, `${collection}/versions`).toBe(403)
      expectNoSecret(`${collection}/versions`, list.body)
      for (const versionId of secretIds[collection].versionIds) {
        const one = await http.get(`/api/${collection}/versions/${versionId}`)
        expect([403, 404], `${collection}/versions/${versionId}`).toContain(one.status)
        expectNoSecret(`${collection}/versions/${versionId}`, one.body)
      }
    }
  })

  it('join fields and populated relations of published documents leave drafts out', async () => {
    for (const [collection, id] of [
      ['programmes', anchor.programme],
      ['themes', anchor.theme],
      ['organisations', anchor.organisation],
      ['editions', anchor.edition],
    ] as const) {
      const { status, body } = await http.get(`/api/${collection}/${id}?depth=2&joins[knowledgeItems][limit]=1000&joins[events][limit]=1000`)
      expect(status).toBe(200)
      expectNoSecret(`${collection}/${id} joins`, body)
    }
  })

  it('users, preferences, jobs and locks are closed', async () => {
    for (const path of ['/api/users', '/api/payload-preferences', '/api/payload-jobs', '/api/payload-locked-documents', '/api/users/me']) {
      const { status, body } = await http.get(path)
      if (path === '/api/users/me') expect(body.user).toBeNull()
      else expect(status, path).toBe(403)
    }
  })

  it('cannot write anything', async () => {
    for (const collection of payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-'))) {
      const { status } = await http.send('POST', `/api/${collection}`, { title: 'x', email: 'x@example.org', password: 'x' })
      expect(status, `POST ${collection}`).toBe(403)
    }
    expect((await http.send('PATCH', `/api/knowledge-items/${secretIds['knowledge-items'].withDraft}`, { title: 'x' })).status).toBe(403)
    expect((await http.send('DELETE', `/api/knowledge-items/${secretIds['knowledge-items'].withDraft}`)).status).toBe(403)
    expect((await http.send('POST', '/api/globals/site-settings', { siteName: 'x' })).status).toBe(403)
  })
})

describe('anonymous GraphQL', () => {
  it('lists, documents and versions never reveal unpublished content', async () => {
    for (const collection of draftCollections) {
      const names = graphqlNames[collection]
      const { neverPublished, withDraft, versionIds } = secretIds[collection]
      const queries = [
        `{ ${names.list}(limit: 1000) { docs { id title _status } } }`,
        `{ ${names.list}(limit: 1000, draft: true) { docs { id title _status } } }`,
        `{ ${names.list}(limit: 1000, draft: true, where: { _status: { equals: draft } }) { totalDocs docs { id title } } }`,
        `{ ${names.one}(id: ${neverPublished}) { id title } }`,
        `{ ${names.one}(id: ${neverPublished}, draft: true) { id title } }`,
        `{ ${names.one}(id: ${withDraft}, draft: true) { id title } }`,
        `{ ${names.versions}(limit: 100) { docs { id version { title } } } }`,
        ...versionIds.map((versionId) => `{ ${names.version}(id: ${versionId}) { id version { title } } }`),
      ]
      for (const query of queries) {
        const { status, body } = await http.graphql(query)
        expect(status, query).toBeLessThan(500)
        expectNoSecret(query, body)
      }
      const { body } = await http.graphql(`{ ${names.list}(limit: 1000, draft: true, where: { _status: { equals: draft } }) { totalDocs } }`)
      expect(body.data[names.list].totalDocs).toBe(0)
    }
  })

  it('cannot read users or mutate content', async () => {
    expect((await http.graphql('{ Users { docs { email } } }')).body.data.Users).toBeNull()
    const mutation = await http.graphql(`mutation { createKnowledgeItem(data: { title: "x", summary: "x", type: lesson, body: {} }) { id } }`)
    expect(mutation.body.errors?.length).toBeGreaterThan(0)
    expect(mutation.body.data?.createKnowledgeItem ?? null).toBeNull()
  })
})

describe('roles', () => {
  const password = 'Wachtwoord-voor-tests-1'
  let contributor: { id: number; token: string }
  let otherContributor: { id: number; token: string }
  let editorToken: string
  let adminToken: string

  async function account(role: 'contributor' | 'editor') {
    const email = `${unique(role)}@example.org`
    const user = await payload.create({ collection: 'users', data: { email, password, name: role, role } })
    const { token } = await http.login(email, password)
    return { id: user.id as number, email, token: token! }
  }

  beforeAll(async () => {
    contributor = await account('contributor')
    otherContributor = await account('contributor')
    editorToken = (await http.login(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))).token!
    adminToken = (await http.login(requiredEnv('TEST_ADMIN_EMAIL'), requiredEnv('TEST_ADMIN_PASSWORD'))).token!
    expect(contributor.token && otherContributor.token && editorToken && adminToken).toBeTruthy()
  })

  const proposal = () => ({ title: unique('Voorstel'), summary: 'Een praktijkvoorbeeld', body: richText('Tekst'), type: 'practice-example', ...publishable })

  it('a contributor creates and edits own drafts, but never publishes', async () => {
    const created = await http.send('POST', '/api/knowledge-items?draft=true', proposal(), contributor.token)
    expect(created.status).toBe(201)
    expect(created.body.doc._status).toBe('draft')
    expect(created.body.doc.createdBy).toMatchObject({ id: contributor.id })
    const id = created.body.doc.id

    expect((await http.send('PATCH', `/api/knowledge-items/${id}?draft=true`, { summary: 'Aangepast' }, contributor.token)).status).toBe(200)
    expect((await http.send('PATCH', `/api/knowledge-items/${id}`, { _status: 'published' }, contributor.token)).status).toBe(403)
    expect((await http.send('POST', '/api/knowledge-items', { ...proposal(), _status: 'published' }, contributor.token)).status).toBe(403)
    const viaGraphql = await http.graphql(`mutation { updateKnowledgeItem(id: ${id}, data: { _status: published }) { id _status } }`, contributor.token)
    expect(viaGraphql.body.data?.updateKnowledgeItem ?? null).toBeNull()

    const stored = await payload.findByID({ collection: 'knowledge-items', id, draft: true })
    expect(stored._status).toBe('draft')
    expect((await http.get(`/api/knowledge-items/${id}`)).status).toBe(404)

    // Withdrawing the own proposal is allowed; deleting published content is not.
    expect((await http.send('DELETE', `/api/knowledge-items/${id}`, undefined, contributor.token)).status).toBe(200)
    const publishedId = secretIds['knowledge-items'].withDraft
    expect([403, 404]).toContain((await http.send('DELETE', `/api/knowledge-items/${publishedId}`, undefined, contributor.token)).status)
    expect((await payload.findByID({ collection: 'knowledge-items', id: publishedId })).id).toBe(publishedId)
  })

  it('a contributor cannot forge the author, nor touch or see another contributor’s drafts', async () => {
    const created = await http.send('POST', '/api/knowledge-items?draft=true', { ...proposal(), createdBy: otherContributor.id }, contributor.token)
    expect(created.status).toBe(201)
    expect(created.body.doc.createdBy).toMatchObject({ id: contributor.id })
    const id = created.body.doc.id

    const deny = [403, 404]
    expect(deny).toContain((await http.get(`/api/knowledge-items/${id}?draft=true`, otherContributor.token)).status)
    const list = await http.get(`/api/knowledge-items?limit=1000&draft=true&where[_status][equals]=draft`, otherContributor.token)
    expect(list.body.docs.map((d: { id: number }) => d.id)).not.toContain(id)
    expectNoSecret('other contributor list', list.body)
    expect(deny).toContain((await http.send('PATCH', `/api/knowledge-items/${id}?draft=true`, { title: 'overgenomen' }, otherContributor.token)).status)
    expect(deny).toContain((await http.send('DELETE', `/api/knowledge-items/${id}`, undefined, otherContributor.token)).status)
    expect((await payload.findByID({ collection: 'knowledge-items', id, draft: true })).title).not.toBe('overgenomen')
  })

  it('a contributor cannot edit published items, other collections, users or roles', async () => {
    const publishedId = secretIds['knowledge-items'].withDraft
    expect((await http.send('PATCH', `/api/knowledge-items/${publishedId}?draft=true`, { title: 'x' }, contributor.token)).status).toBe(403)
    for (const collection of ['programmes', 'events', 'pages', 'themes', 'organisations', 'regions', 'editions', 'indicators', 'observations', 'figure-imports']) {
      expect((await http.send('POST', `/api/${collection}`, { title: 'x' }, contributor.token)).status, collection).toBe(403)
    }
    expect((await http.send('PATCH', `/api/users/${contributor.id}`, { role: 'admin' }, contributor.token)).body.doc?.role ?? 'contributor').toBe('contributor')
    expect((await payload.findByID({ collection: 'users', id: contributor.id })).role).toBe('contributor')
    const users = await http.get('/api/users?limit=100', contributor.token)
    expect(users.body.docs.map((u: { id: number }) => u.id)).toEqual([contributor.id])
    expect((await http.send('POST', '/api/users', { email: `${unique('x')}@example.org`, password, name: 'x' }, contributor.token)).status).toBe(403)
    expect((await http.get(`/api/knowledge-items/versions`, contributor.token)).status).toBe(403)
  })

  it('a contributor sees neither the partners’ contributions (their contact, their unpublished uploads) nor readers’ feedback, nor moderates', async () => {
    const upload = await payload.create({ collection: 'media', data: { alt: 'Ingezonden', submitted: true }, file: { data: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64'), mimetype: 'image/png', name: 'ingezonden.png', size: 69 }, overrideAccess: true })
    const item = await payload.create({
      collection: 'knowledge-items',
      draft: true,
      data: { ...proposal(), _status: 'draft', attachments: [upload.id], submission: { status: 'submitted', name: 'Inzender', email: 'inzender@voorbeeld.nl' } },
    } as Parameters<Payload['create']>[0])
    try {
      for (const token of [contributor.token, undefined]) {
        expect([403, 404]).toContain((await http.get(`/api/knowledge-items/${item.id}?draft=true`, token)).status)
        expect([403, 404]).toContain((await http.get(`/api/media/${upload.id}`, token)).status)
        expect((await fetch(`${cmsUrl()}/api/media/file/${upload.filename}`, { headers: token ? { authorization: `JWT ${token}` } : {} })).status).toBe(403)
        expect([401, 403]).toContain((await http.get('/api/feedback', token)).status)
      }
      // Their own proposal: no moderation status, no contributor's contact they could set.
      const own = await http.send('POST', '/api/knowledge-items?draft=true', { ...proposal(), submission: { status: 'accepted', email: 'nep@voorbeeld.nl' } }, contributor.token)
      expect(own.status).toBe(201)
      const stored = await payload.findByID({ collection: 'knowledge-items', id: own.body.doc.id, draft: true, overrideAccess: true })
      expect(stored.submission?.status ?? null).toBeNull()
      expect(stored.submission?.email ?? null).toBeNull()
      await payload.delete({ collection: 'knowledge-items', id: own.body.doc.id })
      // Editors see all of it.
      expect((await http.get(`/api/media/${upload.id}`, editorToken)).status).toBe(200)
      expect((await http.get(`/api/knowledge-items/${item.id}?draft=true`, editorToken)).body.submission.email).toBe('inzender@voorbeeld.nl')
    } finally {
      await payload.delete({ collection: 'knowledge-items', id: item.id })
      await payload.delete({ collection: 'media', id: upload.id })
    }
  })

  it('an editor reads drafts and publishes, but manages no users', async () => {
    const draftId = secretIds['knowledge-items'].neverPublished
    expect((await http.get(`/api/knowledge-items/${draftId}?draft=true`, editorToken)).status).toBe(200)
    expect((await http.get(`/api/knowledge-items/versions`, editorToken)).status).toBe(200)
    const created = await http.send('POST', '/api/knowledge-items', { ...proposal(), _status: 'published' }, editorToken)
    expect(created.status).toBe(201)
    expect(created.body.doc.publishedAt).toBeTruthy()
    expect((await http.send('POST', '/api/users', { email: `${unique('x')}@example.org`, password, name: 'x' }, editorToken)).status).toBe(403)
    const { id: editorId } = (await http.get('/api/users/me', editorToken)).body.user
    await http.send('PATCH', `/api/users/${editorId}`, { role: 'admin' }, editorToken)
    expect((await payload.findByID({ collection: 'users', id: editorId })).role).toBe('editor')
  })

  it('an admin creates users with roles', async () => {
    const created = await http.send('POST', '/api/users', { email: `${unique('nieuw')}@example.org`, password, name: 'Nieuw', role: 'editor' }, adminToken)
    expect(created.status).toBe(201)
    expect(created.body.doc.role).toBe('editor')
  })

  it('five failed logins lock an account, and only an admin unlocks it', async () => {
    const victim = await account('editor')
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await http.login(victim.email, 'fout-wachtwoord')).status).toBe(401)
    }
    const locked = await http.login(victim.email, password)
    expect(locked.token).toBeUndefined()
    expect(locked.status).toBeGreaterThanOrEqual(400)
    expect(locked.status).toBeLessThan(500)

    expect((await http.send('POST', '/api/users/unlock', { email: victim.email })).status).toBe(403)
    expect((await http.send('POST', '/api/users/unlock', { email: victim.email }, editorToken)).status).toBe(403)
    expect((await http.send('POST', '/api/users/unlock', { email: victim.email }, contributor.token)).status).toBe(403)
    expect((await http.login(victim.email, password)).token).toBeUndefined()

    expect((await http.send('POST', '/api/users/unlock', { email: victim.email }, adminToken)).status).toBe(200)
    expect((await http.login(victim.email, password)).token).toBeTruthy()
  })
})
