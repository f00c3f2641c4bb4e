/**
 * Payload's REST and GraphQL APIs for anonymous callers, over real HTTP against the running CMS: HEAD
 * works where GET does, editor-only fields stay out of answers, GraphQL queries cannot nest without
 * end, and each client is rate-limited (429 with Retry-After) while the portal is not.
 */
import { portalKeyHeader } from '@kennisbank/types/api'
import { describe, expect, it } from 'vitest'

import { cmsUrl, http, requiredEnv } from './helpers'

/** A GraphQL query that goes item → its themes → their items → … `hops` times: about 1.5 levels of fields per hop. */
function nestedQuery(hops: number): string {
  const item = (left: number): string => (left ? `themes { ${theme(left - 1)} }` : 'id')
  const theme = (left: number): string => (left ? `knowledgeItems { docs { ${item(left - 1)} } }` : 'id')
  return `{ KnowledgeItems(limit: 1) { docs { ${item(hops)} } } }`
}

describe('Payload REST and GraphQL for anonymous callers', () => {
  it('answers HEAD like GET, without a body', async () => {
    for (const path of ['/api/knowledge-items?limit=1', '/api/themes', '/api/globals/site-settings', '/api/knowledge-items/999999999']) {
      const get = await fetch(`${cmsUrl()}${path}`)
      const head = await fetch(`${cmsUrl()}${path}`, { method: 'HEAD' })
      expect(head.status, path).toBe(get.status)
      expect(head.headers.get('content-type'), path).toBe(get.headers.get('content-type'))
      expect(await head.text(), path).toBe('')
    }
  })

  it('leaves editor-only fields (the slug setting, who created it) out of anonymous answers, REST and GraphQL', async () => {
    for (const collection of ['knowledge-items', 'events', 'programmes', 'pages']) {
      const anonymous = await http.get(`/api/${collection}?limit=5&depth=0`)
      expect(anonymous.status).toBe(200)
      expect(anonymous.body.docs.length, collection).toBeGreaterThan(0)
      for (const doc of anonymous.body.docs) {
        expect(doc, collection).not.toHaveProperty('generateSlug')
        expect(doc, collection).not.toHaveProperty('createdBy')
        expect(doc, collection).not.toHaveProperty('evidenceAssignedBy')
        expect(doc, collection).not.toHaveProperty('submission')
      }
    }
    const graphql = await http.graphql('{ KnowledgeItems(limit: 1) { docs { title generateSlug createdBy { id } } } }')
    expect(graphql.body.data.KnowledgeItems.docs[0]).toEqual({ title: expect.any(String), generateSlug: null, createdBy: null })
    // Editors still see and change it in the admin.
    const { token } = await http.login(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
    const editor = await http.get('/api/knowledge-items?limit=1&depth=0', token)
    expect(editor.body.docs[0]).toHaveProperty('generateSlug')
    expect(editor.body.docs[0]).toHaveProperty('createdBy')
  })

  it('refuses GraphQL queries nested deeper than 10 levels with a Dutch message', async () => {
    const shallow = await http.graphql(nestedQuery(3))
    expect(shallow.status).toBe(200)
    expect(shallow.body.errors).toBeUndefined()
    const deep = await http.graphql(nestedQuery(9))
    // Refused before it runs (no data); GraphQL over HTTP answers a JSON client's invalid query with 200 and errors.
    expect(deep.status).toBeLessThan(500)
    expect(deep.body.data).toBeUndefined()
    expect(deep.body.errors).toEqual([{ message: 'De GraphQL-vraag is te diep genest: hoogstens 10 niveaus.' }])
  })

  it('limits each client, answers 429 with Retry-After in Dutch, and never limits the portal', async () => {
    const limit = Number(requiredEnv('API_RATE_LIMIT'))
    const client = `198.51.100.${Math.floor(Math.random() * 250) + 1}`
    // A cheap call that still counts: GraphQL with a body that is not JSON (a 400 without any query).
    const call = (headers: Record<string, string>) =>
      fetch(`${cmsUrl()}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{' })
    const statuses: number[] = []
    for (let sent = 0; sent < limit; sent += 50) {
      const batch = await Promise.all(Array.from({ length: Math.min(50, limit - sent) }, () => call({ 'x-forwarded-for': client })))
      statuses.push(...batch.map((answer) => answer.status))
    }
    expect(statuses.filter((status) => status === 429)).toEqual([])
    const over = await call({ 'x-forwarded-for': client })
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await over.json()).errors[0].message).toMatch(/^Te veel verzoeken achter elkaar\. Probeer het over \d+ seconden? opnieuw\.$/)
    // REST counts against the same budget.
    expect((await fetch(`${cmsUrl()}/api/themes?limit=1`, { headers: { 'x-forwarded-for': client } })).status).toBe(429)
    // Another client, and the portal (its key) calling for this one, go ahead.
    expect((await call({ 'x-forwarded-for': '198.51.100.254, 10.0.0.1' })).status).toBe(400)
    expect((await call({ 'x-forwarded-for': client, [portalKeyHeader]: requiredEnv('PORTAL_API_KEY') })).status).toBe(400)
    // A wrong key is no key.
    expect((await call({ 'x-forwarded-for': client, [portalKeyHeader]: 'guessed' })).status).toBe(429)
  })
})
