// Reader feedback (the feedback question (was this page useful?), src/feedback): exact counts under concurrency, one answer per
// page view, nothing personal stored, bad input refused with nothing stored, and only editors read it.
import { signFeedback, feedbackLifetimeMs } from '@kennisbank/types/tokens'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { query } from '../../src/db'
import { asPortal, cmsUrl, http, localApi, publishable, requiredEnv, richText, unique } from './helpers'

let payload: Payload
let item: { id: number; slug: string }
let draft: { id: number }
const key = () => requiredEnv('PORTAL_API_KEY')

const answer = (body: Record<string, unknown>, headers: Record<string, string> = asPortal()) =>
  fetch(`${cmsUrl()}/api/feedback/answer`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
const rows = async (id: number) =>
  (await query<{ useful: string; n: number }>(payload, 'SELECT useful, count(*)::int AS n FROM feedback WHERE item_id = $1 GROUP BY useful ORDER BY useful', [id])).rows

beforeAll(async () => {
  payload = await localApi()
  const base = { summary: 'Over nut.', body: richText('Tekst.'), type: 'article', ...publishable }
  item = (await payload.create({ collection: 'knowledge-items', data: { title: `Nuttig ${unique('t')}`, slug: unique('nuttig'), _status: 'published', ...base } } as Parameters<Payload['create']>[0])) as unknown as typeof item
  draft = (await payload.create({ collection: 'knowledge-items', draft: true, data: { title: `Concept ${unique('t')}`, slug: unique('concept'), _status: 'draft', ...base } } as Parameters<Payload['create']>[0])) as unknown as typeof draft
})
afterAll(async () => {
  await query(payload, 'DELETE FROM feedback WHERE item_id = ANY($1)', [[item.id, draft.id]])
  for (const id of [item.id, draft.id]) await payload.delete({ collection: 'knowledge-items', id })
})

describe('reader feedback', () => {
  it('counts 100 answers sent at once exactly, and one page view answers once however often it is sent', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => answer({ token: signFeedback(key(), 'knowledge-items', item.id), useful: i % 5 < 3 ? 'yes' : 'no', remark: i % 10 === 0 ? `Opmerking ${i}` : '' })),
    )
    expect(answers.map((response) => response.status)).toEqual(Array(100).fill(200))
    expect(await rows(item.id)).toEqual([
      { useful: 'yes', n: 60 },
      { useful: 'no', n: 40 },
    ])
    // One token sent 50 times at once (a double click, a script): one answer.
    const token = signFeedback(key(), 'knowledge-items', item.id)
    const repeated = await Promise.all(Array.from({ length: 50 }, () => answer({ token, useful: 'no' })))
    const statuses = repeated.map((response) => response.status).sort()
    expect(statuses.filter((status) => status === 200)).toHaveLength(1)
    expect(statuses.filter((status) => status === 409)).toHaveLength(49)
    expect((await repeated.find((response) => response.status === 409)!.json()).message).toBe('Uw antwoord op deze pagina hebben we al. Bedankt!')
    expect(await rows(item.id)).toEqual([
      { useful: 'yes', n: 60 },
      { useful: 'no', n: 41 },
    ])
  }, 60_000)

  it('stores nothing about the reader: the day (not the time), yes or no, the remark, the page, a random number', async () => {
    const { rows: columns } = await query<{ column_name: string }>(payload, "SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback' ORDER BY column_name")
    expect(columns.map((c) => c.column_name)).toEqual(['day', 'handled', 'id', 'item_id', 'page_id', 'remark', 'token', 'useful'])
    const { rows: stored } = await query<{ day: Date; token: string }>(payload, 'SELECT day, token FROM feedback WHERE item_id = $1', [item.id])
    for (const row of stored) {
      expect(row.day.toISOString()).toMatch(/T12:00:00\.000Z$/)
      expect(row.token).toMatch(/^[\w-]{22}$/)
    }
    // Whoever sent it (the portal passes the reader's address for the rate limit) is not in any column.
    const visitor = '203.0.113.77'
    const token = signFeedback(key(), 'knowledge-items', item.id)
    expect((await answer({ token, useful: 'yes', remark: 'Let op' }, asPortal(visitor))).status).toBe(200)
    const { rows: dump } = await query<{ row: string }>(payload, 'SELECT row_to_json(f)::text AS row FROM feedback f WHERE item_id = $1', [item.id])
    expect(dump.some(({ row }) => row.includes('Let op'))).toBe(true)
    expect(dump.some(({ row }) => row.includes(visitor))).toBe(false)
  })

  it('refuses bad answers with a Dutch message and a 4xx, and stores none of them', async () => {
    const before = await rows(item.id)
    const valid = () => signFeedback(key(), 'knowledge-items', item.id)
    const cases: [string, () => Promise<Response>, number, string][] = [
      ['no answer', () => answer({ token: valid() }), 400, 'Kies ja of nee.'],
      ['another answer', () => answer({ token: valid(), useful: 'misschien' }), 400, 'Kies ja of nee.'],
      ['a long remark', () => answer({ token: valid(), useful: 'yes', remark: 'x'.repeat(501) }), 400, 'Uw opmerking is te lang: gebruik hoogstens 500 tekens.'],
      ['a remark that is no text', () => answer({ token: valid(), useful: 'yes', remark: { a: 1 } }), 400, 'Uw opmerking is te lang: gebruik hoogstens 500 tekens.'],
      ['control characters', () => answer({ token: valid(), useful: 'yes', remark: 'a\u0000b' }), 400, 'Uw opmerking bevat tekens die niet zijn toegestaan.'],
      ['no token', () => answer({ useful: 'yes' }), 403, 'Dit formulier is verlopen. Open de pagina opnieuw en geef dan uw antwoord.'],
      ['an expired token', () => answer({ token: signFeedback(key(), 'knowledge-items', item.id, Date.now() - feedbackLifetimeMs - 1000), useful: 'yes' }), 403, 'Dit formulier is verlopen. Open de pagina opnieuw en geef dan uw antwoord.'],
      ['a token of another secret', () => answer({ token: signFeedback('ander-geheim', 'knowledge-items', item.id), useful: 'yes' }), 403, 'Dit formulier is verlopen. Open de pagina opnieuw en geef dan uw antwoord.'],
      ['a draft', () => answer({ token: signFeedback(key(), 'knowledge-items', draft.id), useful: 'yes' }), 404, 'Deze pagina is niet (meer) gepubliceerd.'],
      ['not the portal', () => answer({ token: valid(), useful: 'yes' }, {}), 401, 'Alleen de portal kan reacties doorgeven.'],
    ]
    for (const [why, send, status, message] of cases) {
      const response = await send()
      expect(response.status, why).toBe(status)
      expect((await response.json()).message, why).toBe(message)
    }
    const notJson = await fetch(`${cmsUrl()}/api/feedback/answer`, { method: 'POST', headers: { 'content-type': 'application/json', ...asPortal() }, body: '{"token":' })
    expect(notJson.status).toBe(400)
    expect(await rows(item.id)).toEqual(before)
    expect((await query(payload, 'SELECT 1 FROM feedback WHERE item_id = $1', [draft.id])).rowCount).toBe(0)
  })

  it('is read by editors only; they mark remarks handled, and change nothing else', async () => {
    for (const path of ['/api/feedback', `/api/feedback?where[item][equals]=${item.id}`]) {
      const anonymous = await http.get(path)
      expect([401, 403]).toContain(anonymous.status)
    }
    const gql = await http.graphql('{ Feedbacks { docs { remark useful } } }')
    expect(gql.body.data.Feedbacks).toBeNull()
    expect(gql.body.errors[0].extensions.statusCode).toBe(403)
    const created = await http.send('POST', '/api/feedback', { useful: 'yes', day: new Date().toISOString(), token: 'zelfgemaakt-token-00000' })
    expect([401, 403]).toContain(created.status)

    const editor = await http.login(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
    const list = await http.get(`/api/feedback?where[item][equals]=${item.id}&where[remark][exists]=true&limit=1`, editor.token)
    expect(list.status).toBe(200)
    const [first] = list.body.docs
    expect(first.token).toBeUndefined()
    const updated = await http.send('PATCH', `/api/feedback/${first.id}`, { handled: true, remark: 'Veranderd', useful: 'no' }, editor.token)
    expect(updated.status).toBe(200)
    const after = (await query<{ handled: boolean; remark: string; useful: string }>(payload, 'SELECT handled, remark, useful FROM feedback WHERE id = $1', [first.id])).rows[0]
    expect(after).toEqual({ handled: true, remark: first.remark, useful: first.useful })
  })

  it('takes answers through the portal, without JavaScript in two steps, and each page view once', async () => {
    const portal = requiredEnv('PORTAL_URL')
    const form = (fields: Record<string, string>) =>
      fetch(`${portal}/reactie`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: portal, accept: 'text/html' }, body: new URLSearchParams(fields) })
    const fields = { soort: 'knowledge-items', id: String(item.id), pad: `/kennisbank/${item.slug}`, titel: 'Een titel', nuttig: 'ja', opmerking: 'Zonder script' }
    const before = await rows(item.id)
    // Step one (the form of the cached page, without a token): nothing counted yet, a token to confirm with.
    const confirm = await form(fields)
    expect(confirm.status).toBe(200)
    const html = await confirm.text()
    expect(html).toContain('Controleer uw antwoord over de pagina “Een titel” en verstuur het.')
    const token = /name="token" value="([^"]+)"/.exec(html)?.[1]
    expect(token).toBeTruthy()
    expect(await rows(item.id)).toEqual(before)
    // Step two: counted, once.
    const thanks = await form({ ...fields, token: token! })
    expect(await thanks.text()).toContain('Bedankt voor uw antwoord!')
    const again = await form({ ...fields, token: token! })
    expect(await again.text()).toContain('Uw antwoord op deze pagina hebben we al.')
    const yes = (list: { useful: string; n: number }[]) => list.find((row) => row.useful === 'yes')?.n ?? 0
    expect(yes(await rows(item.id))).toBe(yes(before) + 1)
    // With JavaScript the form fetches its token: never cached, a new one each time.
    const tokens = await Promise.all([1, 2].map(() => fetch(`${portal}/reactie/token?soort=knowledge-items&id=${item.id}`)))
    expect(tokens.map((response) => response.headers.get('cache-control'))).toEqual(['no-store', 'no-store'])
    const [a, b] = await Promise.all(tokens.map(async (response) => ((await response.json()) as { token: string }).token))
    expect(a).not.toBe(b)
    expect((await fetch(`${portal}/reactie/token?soort=users&id=1`)).status).toBe(400)
    expect((await form({ ...fields, soort: 'users' })).status).toBe(400)
  })
})
