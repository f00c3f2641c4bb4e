import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { portalKeyHeader, visitorHeader } from '@kennisbank/types/api'

import { query as sqlQuery } from '../../src/db'
import { purgeRegistrations } from '../../src/registrations/tasks'
import { asPortal, eventData, http, localApi, mailsTo, requiredEnv, unique } from './helpers'

let payload: Payload
const query = async (text: string, values: unknown[] = []) => (await sqlQuery(payload, text, values)).rows

const day = 86_400_000
/** A published event with the kennisbank's own registration form. */
async function event(registration: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const slug = unique('aanmelden')
  return payload.create({
    collection: 'events',
    data: eventData(`Bijeenkomst ${slug}`, {
      slug,
      _status: 'published',
      startsAt: new Date(Date.now() + 30 * day).toISOString(),
      endsAt: new Date(Date.now() + 30 * day + 2 * 3600_000).toISOString(),
      registration: { mode: 'internal', capacity: 50, waitingList: true, ...registration },
      ...extra,
    }),
  } as Parameters<Payload['create']>[0]) as Promise<{ id: number; slug: string; title: string }>
}

/** Registering and cancelling as the portal does, each call for a visitor of its own (the rate limit is tested apart). */
const register = (body: unknown) => http.send('POST', '/api/registrations/register', body, undefined, asPortal())
const cancelWith = (link: unknown) => http.send('POST', '/api/registrations/cancel', link, undefined, asPortal())
const person = (slug: string, name = 'Sanne de Vries', email = `${unique('p')}@example.nl`) => ({ event: slug, name, email, organisation: 'Gemeente Tilburg', consent: true })
const statuses = async (eventId: number) =>
  Object.fromEntries((await query(`SELECT status::text, count(*)::int AS n FROM registrations WHERE event_id = $1 GROUP BY 1`, [eventId])).map((row) => [row.status, row.n]))
const snapshot = () => query(`SELECT id, event_id, name, email, status::text, attended, updated_at FROM registrations ORDER BY id`)
/** The id and code of the cancel link in a mail. */
const cancelLink = (text: string) => {
  const match = /\/afmelden\?aanmelding=(\d+)&code=([\w-]+)/.exec(text)
  if (!match) throw new Error(`no cancel link in: ${text}`)
  return { id: match[1]!, code: match[2]! }
}

beforeAll(async () => {
  payload = await localApi()
})

describe('registrations: exact under load', () => {
  it('200 simultaneous registrations for 50 seats: exactly 50 confirmed and 150 on the waiting list, none lost; a cancellation promotes exactly one', async () => {
    const { id, slug } = await event({ capacity: 50 })
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => register(person(slug, `Deelnemer ${i}`, `deelnemer-${i}-${slug}@example.nl`))))
    expect(answers.filter((a) => a.status !== 201).map((a) => [a.status, a.body])).toEqual([])
    expect(answers.filter((a) => a.body.status === 'confirmed')).toHaveLength(50)
    expect(answers.filter((a) => a.body.status === 'waiting')).toHaveLength(150)
    expect(await statuses(id)).toEqual({ confirmed: 50, waiting: 150 })
    // Waiting-list positions are 1…150, each once.
    expect(answers.map((a) => a.body.position).filter(Boolean).sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1))

    const [confirmed] = await query(`SELECT id, email FROM registrations WHERE event_id = $1 AND status = 'confirmed' ORDER BY id LIMIT 1`, [id])
    const [mail] = await mailsTo(String(confirmed!.email))
    const link = cancelLink(mail!.text)
    expect((await cancelWith(link)).status).toBe(200)
    expect(await statuses(id)).toEqual({ confirmed: 50, waiting: 149, cancelled: 1 })
    const promoted = await query(`SELECT email FROM registrations WHERE event_id = $1 AND promoted_at IS NOT NULL`, [id])
    expect(promoted).toHaveLength(1)
    // The first on the waiting list moved up, and heard about it.
    const [first] = await query(`SELECT email FROM registrations WHERE event_id = $1 AND (status = 'waiting' OR promoted_at IS NOT NULL) ORDER BY created_at, id LIMIT 1`, [id])
    expect(promoted[0]!.email).toBe(first!.email)
    const promotion = await mailsTo(String(first!.email), { count: 2 })
    expect(promotion.map((m) => m.subject)).toContain(`Er is een plaats vrij: u bent aangemeld voor Bijeenkomst ${slug}`)
    // Cancelling again changes nothing.
    expect((await cancelWith(link)).body.message).toMatch(/al afgemeld/)
    expect(await statuses(id)).toEqual({ confirmed: 50, waiting: 149, cancelled: 1 })
  }, 120_000)
})

describe('registrations: mail', () => {
  it('confirms with the event in Amsterdam time, where it is, whom to ask and a signed cancel link; the waiting list hears when a seat frees up', async () => {
    const location = { mode: 'onsite', venue: 'Provinciehuis', address: 'Brabantlaan 1', postalCode: '5216 TV', city: "'s-Hertogenbosch" }
    const { slug } = await event({ capacity: 1 }, { startsAt: '2031-07-01T08:30:00.000Z', endsAt: '2031-07-01T10:00:00.000Z', location })
    const first = person(slug, 'Eerste Persoon')
    const second = person(slug, 'Tweede Persoon')
    expect((await register(first)).body.status).toBe('confirmed')
    expect((await register(second)).body).toMatchObject({ status: 'waiting', position: 1 })
    const [confirmation] = await mailsTo(first.email)
    expect(confirmation!.subject).toBe(`Aanmelding bevestigd: Bijeenkomst ${slug}`)
    expect(confirmation!.text).toContain('Beste Eerste Persoon,')
    expect(confirmation!.text).toContain('dinsdag 1 juli 2031, 10.30–12.00 uur') // CEST: UTC+2, written the Dutch way
    expect(confirmation!.text).toContain("Waar: Provinciehuis, Brabantlaan 1, 5216 TV 's-Hertogenbosch")
    const { contact } = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(contact?.email, 'the demo site settings have a contact address').toBeTruthy()
    expect(confirmation!.text).toContain(`Vragen? Mail naar ${contact!.email}.`)
    expect(confirmation!.text).toContain(`${requiredEnv('PORTAL_URL')}/agenda/${slug}.ics`)
    expect(confirmation!.html).toContain(`/agenda/${slug}/afmelden?aanmelding=`)
    const [waiting] = await mailsTo(second.email)
    expect(waiting!.subject).toBe(`U staat op de wachtlijst: Bijeenkomst ${slug}`)
    expect(waiting!.text).toContain('(plaats 1)')

    const link = cancelLink(confirmation!.text)
    const info = await http.get(`/api/registrations/cancel?id=${link.id}&code=${link.code}`)
    expect(info.body).toMatchObject({ status: 'confirmed', name: 'Eerste Persoon', event: { slug } })
    expect((await cancelWith(link)).status).toBe(200)
    expect((await mailsTo(first.email, { count: 2 }))[1]!.subject).toBe(`Afmelding ontvangen: Bijeenkomst ${slug}`)
    const promotion = (await mailsTo(second.email, { count: 2 }))[1]!
    expect(promotion.subject).toBe(`Er is een plaats vrij: u bent aangemeld voor Bijeenkomst ${slug}`)
    expect(promotion.text).toMatch(/afmelden\?aanmelding=\d+&code=/)
  }, 60_000)
})

describe('registrations: bad input', () => {
  it('answers with a Dutch 4xx and changes nothing that was stored', async () => {
    const open = await event({ capacity: 1, waitingList: false })
    const closed = await event({ closesAt: new Date(Date.now() - day).toISOString() })
    const started = await event({}, { startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString() })
    const draft = await payload.create({
      collection: 'events',
      data: eventData('Concept', { slug: unique('concept'), _status: 'draft', registration: { mode: 'internal', capacity: 10 } }),
      draft: true,
    } as Parameters<Payload['create']>[0])
    const external = await event({ mode: 'external', externalUrl: 'https://example.org/aanmelden' })
    const taken = person(open.slug, 'Al Aangemeld')
    expect((await register(taken)).status).toBe(201)
    const before = await snapshot()

    const cases: [string, unknown, number, RegExp][] = [
      ['no name', { ...person(open.slug), name: '' }, 400, /Vul uw naam in/],
      ['no e-mail', { ...person(open.slug), email: '' }, 400, /Vul uw e-mailadres in/],
      ['invalid e-mail', { ...person(open.slug), email: 'iemand@' }, 400, /geldig e-mailadres/],
      ['e-mail with a header break', { ...person(open.slug), email: 'a@b.nl\r\nBcc: c@d.nl' }, 400, /geldig e-mailadres/],
      ['no consent', { ...person(open.slug), consent: false }, 400, /toestemming/],
      ['10 KB name', { ...person(open.slug), name: 'x'.repeat(10_000) }, 400, /te lang/],
      ['30 KB form', { ...person(open.slug), remark: 'x'.repeat(30_000) }, 413, /te groot/],
      ['name with a control character', { ...person(open.slug), name: 'Jan\u0000' }, 400, /niet zijn toegestaan/],
      ['name as an object', { ...person(open.slug), name: { $ne: '' } }, 400, /naam/],
      ['an array', [person(open.slug)], 400, /JSON-object/],
      ['bad event slug', { ...person(open.slug), event: '../../etc' }, 400, /bestaande bijeenkomst/],
      ['unknown event', person('bestaat-niet'), 404, /bestaat niet/],
      ['draft event', person((draft as { slug: string }).slug), 404, /bestaat niet/],
      ['external registration', person(external.slug), 409, /niet via de kennisbank/],
      ['closed', person(closed.slug), 409, /gesloten/],
      ['already started', person(started.slug), 409, /begonnen/],
      ['full, no waiting list', person(open.slug), 409, /vol/],
      ['the same address again', { ...taken, email: taken.email.toUpperCase(), name: 'Iemand anders' }, 409, /al aangemeld/],
    ]
    for (const [name, body, status, message] of cases) {
      const answer = await register(body)
      expect(answer.status, name).toBe(status)
      expect(JSON.stringify(answer.body), name).toMatch(message)
    }
    const raw = await fetch(`${requiredEnv('CMS_URL')}/api/registrations/register`, { method: 'POST', headers: { 'content-type': 'application/json', ...asPortal() }, body: '{"event": "x",' })
    expect(raw.status).toBe(400)

    // Cancel links that were not made by the CMS.
    const id = Number((await query(`SELECT id FROM registrations WHERE lower(email) = lower($1)`, [taken.email]))[0]!.id)
    const [mail] = await mailsTo(taken.email)
    const real = cancelLink(mail!.text)
    for (const [name, link, status] of [
      ['forged code', { id, code: 'A'.repeat(43) }, 403],
      ['code of another registration', { id: id + 1, code: real.code }, 403],
      ['no code', { id }, 400],
      ['code with odd characters', { id, code: "' OR 1=1 --" }, 400],
      ['unknown registration', { id: 99_999_999, code: real.code }, 403],
    ] as [string, Record<string, unknown>, number][]) {
      const answer = await cancelWith(link)
      expect(answer.status, name).toBe(status)
      expect(answer.body.message, name).toMatch(/afmeldlink/)
    }
    expect(await snapshot()).toEqual(before)
  }, 60_000)
})

describe('registrations: access', () => {
  it('only editors and admins read, change, delete or export them — not anonymously, not a contributor, not through events', async () => {
    const { id, slug } = await event()
    const visitor = person(slug, 'Geheime Naam')
    await register(visitor)
    const [registration] = await query(`SELECT id FROM registrations WHERE email = $1`, [visitor.email])
    const contributorEmail = `${unique('bijdrager')}@example.nl`
    await payload.create({ collection: 'users', data: { email: contributorEmail, password: 'bijdrager-wachtwoord-1', name: 'Bijdrager', role: 'contributor' } } as Parameters<Payload['create']>[0])
    const contributor = (await http.login(contributorEmail, 'bijdrager-wachtwoord-1')).token
    const editor = (await http.login(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))).token

    for (const token of [undefined, contributor]) {
      const who = token ? 'contributor' : 'anonymous'
      expect((await http.get('/api/registrations', token)).status, who).toBe(403)
      expect((await http.get(`/api/registrations/${registration!.id}`, token)).status, who).toBe(403)
      expect((await http.send('PATCH', `/api/registrations/${registration!.id}`, { attended: true }, token)).status, who).toBe(403)
      expect((await http.send('DELETE', `/api/registrations/${registration!.id}`, undefined, token)).status, who).toBe(403)
      expect((await http.send('POST', '/api/registrations', { event: id, name: 'x', email: 'x@example.nl', status: 'confirmed' }, token)).status, who).toBe(403)
      expect((await http.get(`/api/registrations/export?event=${id}`, token)).status, who).toBe(403)
      const graphql = await http.graphql('{ Registrations { docs { name email } } }', token)
      expect(graphql.body.data?.Registrations ?? null, who).toBeNull()
      const viaEvent = await http.graphql(`{ Events(where: { slug: { equals: "${slug}" } }) { docs { registrationList { docs { name } } } } }`, token)
      expect(JSON.stringify(viaEvent.body.data), who).not.toContain('Geheime Naam')
      const rest = await http.get(`/api/events/${id}?depth=2`, token)
      expect(JSON.stringify(rest.body), who).not.toContain('Geheime Naam')
      expect(JSON.stringify(rest.body), who).not.toContain(visitor.email)
    }
    expect(await statuses(id)).toEqual({ confirmed: 1 })

    expect((await http.get(`/api/registrations?where[event][equals]=${id}`, editor)).body.docs.map((d: { name: string }) => d.name)).toEqual(['Geheime Naam'])
    expect((await http.send('PATCH', `/api/registrations/${registration!.id}`, { attended: true }, editor)).status).toBe(200)
    const csv = await fetch(`${requiredEnv('CMS_URL')}/api/registrations/export?event=${id}`, { headers: { authorization: `JWT ${editor}` } })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
    const text = (await csv.text()).replace(/^\uFEFF/, '')
    const [header, row] = text.trim().split('\r\n')
    expect(header).toBe('Naam;E-mailadres;Organisatie;Status;Aanwezig;Aangemeld op;Opmerking')
    expect(row).toMatch(new RegExp(`^Geheime Naam;${visitor.email};Gemeente Tilburg;Aangemeld;ja;`))
  }, 60_000)
})

describe('registrations: keeping personal data', () => {
  it('deletes registrations some months after their event (a scheduled job), and keeps recent ones', async () => {
    const past = await event({}, { startsAt: new Date(Date.now() - 220 * day).toISOString(), endsAt: new Date(Date.now() - 220 * day + 3600_000).toISOString() })
    const recent = await event({}, { startsAt: new Date(Date.now() - 20 * day).toISOString(), endsAt: new Date(Date.now() - 20 * day + 3600_000).toISOString() })
    for (const { id } of [past, recent]) {
      await payload.create({ collection: 'registrations', data: { event: id, name: 'Oud', email: `${unique('oud')}@example.nl`, status: 'confirmed' } } as Parameters<Payload['create']>[0])
    }
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(settings.registrations?.retentionMonths).toBe(6)
    // The task is scheduled every night; run it now as the job runner would.
    await payload.jobs.queue({ task: 'purgeRegistrations', input: {} })
    await payload.jobs.run({ queue: 'default' })
    expect(await statuses(past.id)).toEqual({})
    expect(await statuses(recent.id)).toEqual({ confirmed: 1 })
    // With a shorter term, the recent one goes too.
    expect(await purgeRegistrations(payload, 0)).toBeGreaterThanOrEqual(1)
    expect(await statuses(recent.id)).toEqual({})
  }, 60_000)

  it('moves the waiting list up when an editor adds seats', async () => {
    const { id, slug } = await event({ capacity: 1 })
    const people = [person(slug, 'Een'), person(slug, 'Twee'), person(slug, 'Drie')]
    for (const p of people) await register(p)
    expect(await statuses(id)).toEqual({ confirmed: 1, waiting: 2 })
    await payload.update({ collection: 'events', id, data: { registration: { mode: 'internal', capacity: 2, waitingList: true } } })
    await payload.jobs.run({ queue: 'default' })
    expect(await statuses(id)).toEqual({ confirmed: 2, waiting: 1 })
    expect((await mailsTo(people[1]!.email, { count: 2 }))[1]!.subject).toMatch(/Er is een plaats vrij/)
  }, 60_000)

  it('moves the whole waiting list up when an editor clears the capacity (no limit any more)', async () => {
    const { id, slug } = await event({ capacity: 1 })
    const people = [person(slug, 'Een'), person(slug, 'Twee'), person(slug, 'Drie')]
    for (const p of people) await register(p)
    expect(await statuses(id)).toEqual({ confirmed: 1, waiting: 2 })
    await payload.update({ collection: 'events', id, data: { registration: { mode: 'internal', capacity: null, waitingList: true } } })
    await payload.jobs.run({ queue: 'default' })
    expect(await statuses(id)).toEqual({ confirmed: 3 })
    for (const p of people.slice(1)) expect((await mailsTo(p.email, { count: 2 }))[1]!.subject).toMatch(/Er is een plaats vrij/)
  }, 60_000)
})

// Last in this file: it uses up the budget of callers without the portal's key.
describe('registrations: rate limit in the CMS', () => {
  const limit = Number(process.env.FORM_RATE_LIMIT || 20)
  const tooMany = (answer: { status: number; body: any; headers?: Headers }) => {
    expect(answer.status).toBe(429)
    expect(Number(answer.headers?.get('retry-after'))).toBeGreaterThan(0)
    expect(answer.body.message).toMatch(/te vaak verstuurd/)
  }

  it('gives each visitor the portal names its own budget; past it a 429 with Retry-After, and nothing is stored', async () => {
    const { id, slug } = await event({ capacity: 500 })
    const before = await snapshot()
    const visitor = asPortal()
    const answers = []
    for (let i = 0; i <= limit; i++) answers.push(await http.send('POST', '/api/registrations/register', { ...person(slug), consent: false }, undefined, visitor))
    expect(answers.slice(0, limit).map((a) => a.status)).toEqual(Array(limit).fill(400))
    tooMany(answers[limit]!)
    // Another visitor of the portal is not held up by the first.
    expect((await register(person(slug))).status).toBe(201)
    expect(await statuses(id)).toEqual({ confirmed: 1 })
    expect((await snapshot()).length).toBe(before.length + 1)
  })

  it('makes callers without the portal key share one budget, whatever address or wrong key they claim', async () => {
    const { slug } = await event({ capacity: 500 })
    const forged = () => ({ [visitorHeader]: unique('forged'), [portalKeyHeader]: 'not-the-key' })
    let answer = await http.send('POST', '/api/registrations/register', { ...person(slug), consent: false }, undefined, forged())
    let sent = 1
    while (answer.status !== 429 && sent <= 5 * limit) {
      answer = await http.send('POST', '/api/registrations/register', { ...person(slug), consent: false }, undefined, forged())
      sent++
    }
    tooMany(answer)
    expect(sent).toBeLessThanOrEqual(5 * limit + 1)
    // Cancelling counts too.
    tooMany(await http.send('POST', '/api/registrations/cancel', { id: 1, code: 'A'.repeat(43) }, undefined, forged()))
  })
})
