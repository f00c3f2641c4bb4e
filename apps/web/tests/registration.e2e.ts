import { expect, test } from '@playwright/test'
import ICAL from 'ical.js'

import { apiLogin, cmsUrl, expectAccessible, mailsTo, requiredEnv } from './helpers'

// Events made for this file through the CMS API (and deleted again, with their registrations).
const suffix = Date.now().toString(36)
const created: number[] = []
let token = ''
async function createEvent(data: Record<string, unknown>) {
  const response = await fetch(`${cmsUrl()}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({
      summary: 'Een bijeenkomst om te testen.',
      type: 'webinar',
      startsAt_tz: 'Europe/Amsterdam',
      endsAt_tz: 'Europe/Amsterdam',
      location: { mode: 'onsite', venue: 'Provinciehuis', address: 'Brabantlaan 1', postalCode: '5216 TV', city: "'s-Hertogenbosch" },
      registration: { mode: 'none' },
      _status: 'published',
      ...data,
    }),
  })
  const body = (await response.json()) as { doc: { id: number; slug: string; title: string } }
  expect(response.status, JSON.stringify(body)).toBe(201)
  created.push(body.doc.id)
  return body.doc
}

test.beforeAll(async () => {
  token = await apiLogin(requiredEnv('TEST_ADMIN_EMAIL'), requiredEnv('TEST_ADMIN_PASSWORD'))
})
test.afterAll(async () => {
  for (const id of created) await fetch(`${cmsUrl()}/api/events/${id}`, { method: 'DELETE', headers: { authorization: `JWT ${token}` } })
})

test('a visitor registers, gets the mail, cancels through its link, and the next on the waiting list gets a seat and a mail', async ({ page, browser }) => {
  const start = new Date(Date.now() + 20 * 86_400_000)
  const event = await createEvent({
    title: `Werksessie met één plaats ${suffix}`,
    slug: `werksessie-een-plaats-${suffix}`,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    registration: { mode: 'internal', capacity: 1, waitingList: true },
  })
  const first = { name: 'Fatima El Amrani', email: `fatima-${suffix}@example.nl` }
  const second = { name: 'Joris Verhoeven', email: `joris-${suffix}@example.nl` }

  await page.goto(`/agenda/${event.slug}`)
  const form = page.getByRole('region', { name: 'Aanmelden' })
  await expect(form.getByText('Nog 1 van de 1 plaatsen vrij.')).toBeVisible()
  await expectAccessible(page)

  // Sending the empty form: the errors, in Dutch, at the top and at each field.
  await form.getByRole('button', { name: 'Aanmelden' }).click()
  const alert = form.getByRole('alert')
  await expect(alert).toContainText('Controleer de gemarkeerde velden.')
  await expect(alert.getByRole('link', { name: 'Vul uw naam in.' })).toBeVisible()
  await expect(alert).toBeFocused()
  await expect(form.getByLabel('Naam')).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page)

  await form.getByLabel('Naam').fill(first.name)
  await form.getByLabel('E-mailadres').fill(first.email)
  await form.getByLabel('Organisatie (niet verplicht)').fill('Gemeente Breda')
  await form.getByLabel(/Ik geef toestemming/).check()
  await form.getByRole('button', { name: 'Aanmelden' }).click()
  await expect(form.getByRole('status')).toContainText(`U bent aangemeld voor “${event.title}”`)

  const [confirmation] = await mailsTo(first.email)
  expect(confirmation!.subject).toBe(`Aanmelding bevestigd: ${event.title}`)
  const cancelUrl = /https?:\/\/\S+\/afmelden\?aanmelding=\d+&code=[\w-]+/.exec(confirmation!.text)?.[0]
  expect(cancelUrl).toBeTruthy()

  // The second visitor, without JavaScript, lands on the waiting list.
  const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
  const other = await noScript.newPage()
  await other.goto(`/agenda/${event.slug}`)
  const otherForm = other.getByRole('region', { name: 'Aanmelden' })
  await expect(otherForm.getByText('Deze bijeenkomst is vol.')).toBeVisible()
  await otherForm.getByLabel('Naam').fill(second.name)
  await otherForm.getByLabel('E-mailadres').fill(second.email)
  await otherForm.getByLabel(/Ik geef toestemming/).check()
  await otherForm.getByRole('button', { name: 'Op de wachtlijst' }).click()
  await expect(otherForm.getByRole('status')).toContainText('u staat op de wachtlijst (plaats 1)')
  expect((await mailsTo(second.email))[0]!.subject).toBe(`U staat op de wachtlijst: ${event.title}`)
  await noScript.close()

  // The first follows the cancel link from the mail: opening it changes nothing, the button does.
  await page.goto(cancelUrl!.replace(/^https?:\/\/[^/]+/, ''))
  await expect(page.getByRole('heading', { level: 1, name: 'Afmelden' })).toBeVisible()
  await expect(page.getByText(`${first.name}, u bent aangemeld voor`)).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Ja, meld mij af' }).click()
  await expect(page.getByRole('status')).toContainText(`U bent afgemeld voor “${event.title}”`)

  const [, promotion] = await mailsTo(second.email, 2)
  expect(promotion!.subject).toBe(`Er is een plaats vrij: u bent aangemeld voor ${event.title}`)
  expect(promotion!.text).toContain('Beste Joris Verhoeven,')
  await page.goto(`/agenda/${event.slug}`)
  await expect(page.getByText('Deze bijeenkomst is vol.')).toBeVisible()
})

test('an editor sees who registered in the event, downloads them as CSV and marks attendance', async ({ page }) => {
  const start = new Date(Date.now() + 25 * 86_400_000)
  const event = await createEvent({
    title: `Kennissessie voor redacteuren ${suffix}`,
    slug: `kennissessie-redacteuren-${suffix}`,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3600_000).toISOString(),
    registration: { mode: 'internal', capacity: 10, waitingList: true },
  })
  const visitor = { event: event.slug, name: 'Noor Bakker', email: `noor-${suffix}@example.nl`, organisation: 'GGD West-Brabant', consent: true }
  expect((await fetch(`${cmsUrl()}/api/registrations/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(visitor) })).status).toBe(201)

  await page.goto(`${cmsUrl()}/admin/login`)
  await page.getByLabel('E-mail').fill(requiredEnv('TEST_EDITOR_EMAIL'))
  await page.getByLabel('Wachtwoord').fill(requiredEnv('TEST_EDITOR_PASSWORD'))
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto(`${cmsUrl()}/admin/collections/events/${event.id}`)
  await page.getByRole('tab', { name: 'Aanmelden' }).or(page.getByRole('button', { name: 'Aanmelden' })).first().click()
  await expect(page.getByText('Noor Bakker')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Aanmeldingen downloaden (CSV)' }).click()
  const csv = await (await download).createReadStream().then(async (stream) => {
    let text = ''
    for await (const chunk of stream) text += chunk
    return text
  })
  expect(csv).toContain(`Noor Bakker;${visitor.email};GGD West-Brabant;Aangemeld;nee;`)

  // Attendance, in the registration itself.
  await page.goto(`${cmsUrl()}/admin/collections/registrations?where[event][equals]=${event.id}`)
  await page.getByRole('link', { name: 'Noor Bakker' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/registrations\/\d+/)
  await page.getByRole('checkbox', { name: 'Aanwezig' }).check()
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByText(/succesvol|opgeslagen/i).first()).toBeVisible()
  const token = await apiLogin(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
  const list = await fetch(`${cmsUrl()}/api/registrations?where[event][equals]=${event.id}`, { headers: { authorization: `JWT ${token}` } })
  expect(((await list.json()) as { docs: { attended: boolean }[] }).docs.map((doc) => doc.attended)).toEqual([true])
})

test('a cancel link that the CMS did not make is refused with a Dutch message', async ({ page }) => {
  const response = await page.goto('/agenda/iets/afmelden?aanmelding=1&code=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
  expect(response?.status()).toBe(403)
  await expect(page.getByText('Deze afmeldlink klopt niet.')).toBeVisible()
})

test('events as iCalendar: one file per event and a feed, with the right Amsterdam times across daylight saving time', async ({ request }) => {
  // 10:00 in Amsterdam in winter (UTC+1) and in summer (UTC+2).
  const winter = await createEvent({ title: `Wintersessie ${suffix}`, slug: `wintersessie-${suffix}`, startsAt: '2030-01-15T09:00:00.000Z', endsAt: '2030-01-15T11:30:00.000Z' })
  const summer = await createEvent({
    title: `Zomersessie ${suffix}`,
    slug: `zomersessie-${suffix}`,
    type: 'work-session',
    startsAt: '2030-07-15T08:00:00.000Z',
    endsAt: '2030-07-15T10:30:00.000Z',
  })
  const wallClock = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' })
  const parse = async (path: string) => {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/)
    const calendar = new ICAL.Component(ICAL.parse(await response.text()))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  }

  for (const [event, start, end] of [
    [winter, '15-01-2030, 10:00', '15-01-2030, 12:30'],
    [summer, '15-07-2030, 10:00', '15-07-2030, 12:30'],
  ] as const) {
    const [vevent, ...rest] = await parse(`/agenda/${event.slug}.ics`)
    expect(rest).toEqual([])
    expect(vevent!.summary).toBe(event.title)
    expect(wallClock.format(vevent!.startDate.toJSDate())).toBe(start)
    expect(wallClock.format(vevent!.endDate.toJSDate())).toBe(end)
    expect(vevent!.location).toBe("Provinciehuis, Brabantlaan 1, 5216 TV 's-Hertogenbosch")
    expect(vevent!.uid).toMatch(new RegExp(`^event-${event.id}@`))
  }

  // The feed, whole and filtered by type.
  const all = (await parse('/agenda.ics')).map((e) => e.summary)
  expect(all).toEqual(expect.arrayContaining([winter.title, summer.title]))
  const workSessions = (await parse('/agenda.ics?soort=work-session')).map((e) => e.summary)
  expect(workSessions).toContain(summer.title)
  expect(workSessions).not.toContain(winter.title)
  expect((await request.get('/agenda.ics?soort=onzin')).status()).toBe(400)
  expect((await request.get('/agenda/bestaat-niet.ics')).status()).toBe(404)
})
