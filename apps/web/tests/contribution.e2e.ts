import { expect, test } from '@playwright/test'

import { adminLogin, apiLogin, cmsUrl, expectAccessible, mailsTo, requiredEnv } from './helpers'

// "Deel je praktijkvoorbeeld": a partner sends a practice example with attachments without JavaScript; it is
// public nowhere until an editor publishes it, and then it is, attachments and all.
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\nxref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n110\n%%EOF\n',
  'latin1',
)
// A 1×1 PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64')

test('a partner shares a practice example without JavaScript; it is public only after an editor publishes it', async ({ browser, page, request }) => {
  test.setTimeout(120_000)
  // Letters only, and like no word of the kennisbank (the search forgives typos).
  const word = `pvx${Date.now().toString(36).replace(/\d/g, 'q')}zj`
  const title = `Een ${word} voor Tilburg-Noord`
  const email = `inzender-${Date.now().toString(36)}@voorbeeld.nl`

  await test.step('the form and its errors pass axe (with JavaScript on, which axe needs)', async () => {
    await page.goto('/kennisbank')
    await page.getByRole('link', { name: 'Deel je praktijkvoorbeeld' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deel je praktijkvoorbeeld')
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Praktijkvoorbeeld insturen' }).click()
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Controleer de gemarkeerde velden.')
    await expect(alert.getByRole('link', { name: 'Geef uw praktijkvoorbeeld een titel.' })).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveAttribute('aria-invalid', 'true')
    await expectAccessible(page)
    // With JavaScript: sent in place, the answer gets the focus.
    await page.getByRole('textbox', { name: 'Titel' }).fill(`Met JavaScript ${word}`)
    await page.getByRole('textbox', { name: 'Samenvatting' }).fill('Een korte samenvatting van het voorbeeld.')
    await page.getByRole('textbox', { name: 'Beschrijving' }).fill('Wat we deden en wat het opleverde.')
    await page.getByRole('textbox', { name: 'Naam' }).fill('Sam Jansen')
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(`js-${email}`)
    await page.getByRole('checkbox', { name: /Ik geef toestemming/ }).check()
    await page.waitForTimeout(3100)
    await page.getByRole('button', { name: 'Praktijkvoorbeeld insturen' }).click()
    await expect(page.getByRole('status')).toBeFocused()
    await expect(page.getByRole('status')).toContainText('Bedankt! We hebben uw praktijkvoorbeeld ontvangen.')
    await expectAccessible(page)
  })

  await test.step('without JavaScript: sent with two attachments, and confirmed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto('/kennisbank/delen')
    await plain.getByRole('textbox', { name: 'Titel' }).fill(title)
    await plain.getByRole('textbox', { name: 'Samenvatting' }).fill('Bewoners en gemeente verdelen samen een buurtbudget, en zien wat het de wijk oplevert.')
    await plain.getByRole('textbox', { name: 'Beschrijving' }).fill('Aanleiding: weinig vertrouwen in de wijk.\n\nAanpak: een buurtbudget dat bewoners zelf verdelen.')
    await plain.getByRole('checkbox', { name: 'Samenleving' }).check()
    await plain.getByRole('combobox', { name: 'Waar speelde het?' }).selectOption({ label: 'Tilburg' })
    await plain.getByRole('textbox', { name: 'Naam' }).fill('Fatima de Vries')
    await plain.getByRole('textbox', { name: 'E-mailadres' }).fill(email)
    await plain.getByRole('textbox', { name: 'Organisatie (niet verplicht)' }).fill('Buurtkracht Tilburg')
    await plain.getByRole('checkbox', { name: /Ik geef toestemming/ }).check()
    await plain.getByLabel('Bijlagen (niet verplicht)').setInputFiles([
      { name: 'verslag.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'foto.png', mimeType: 'image/png', buffer: png },
    ])
    // People take a few seconds; the CMS refuses forms sent within three.
    await plain.waitForTimeout(3100)
    await plain.getByRole('button', { name: 'Praktijkvoorbeeld insturen' }).click()
    await expect(plain.getByRole('status')).toContainText('Bedankt! We hebben uw praktijkvoorbeeld ontvangen.')
    expect(await context.cookies()).toEqual([])
    await context.close()
    const [mail] = await mailsTo(email)
    expect(mail!.subject).toBe(`Ontvangen: uw praktijkvoorbeeld “${title}”`)
  })

  const editorToken = await apiLogin(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
  const auth = { authorization: `JWT ${editorToken}` }
  const found = await request.get(`${cmsUrl()}/api/knowledge-items?where[title][equals]=${encodeURIComponent(title)}&draft=true&depth=1`, { headers: auth })
  const item = ((await found.json()) as { docs: { id: number; slug: string; attachments: { filename: string }[]; submission: { status: string } }[] }).docs[0]!
  expect(item.submission.status).toBe('submitted')
  const files = item.attachments.map((doc) => doc.filename)
  expect(files).toHaveLength(2)

  await test.step('public nowhere: portal, search, sitemap, REST, GraphQL, the files', async () => {
    expect((await page.goto(`/kennisbank/${item.slug}`))?.status()).toBe(404)
    await page.goto(`/kennisbank?zoekterm=${word}`)
    await expect(page.locator('.results-count')).toContainText('0 kennisitems gevonden')
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain(item.slug)
    expect(((await (await request.get(`${cmsUrl()}/api/knowledge-items?where[id][equals]=${item.id}`)).json()) as { docs: unknown[] }).docs).toEqual([])
    const gql = await request.post(`${cmsUrl()}/api/graphql`, { data: { query: `{ KnowledgeItems(where: { id: { equals: ${item.id} } }) { docs { title } } }` } })
    expect(JSON.stringify(await gql.json())).not.toContain(word)
    for (const file of files) {
      expect((await request.get(`${cmsUrl()}/api/media/file/${file}`)).status()).toBe(403)
      expect((await request.get(`/media/${file}`)).status()).toBe(404)
    }
  })

  await test.step('the editors’ dashboard lists it under Ingediend door partners', async () => {
    await adminLogin(page, requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
    const todo = page.getByRole('region', { name: 'Te doen' })
    // Under Ingediend door partners, with who sent it (and, until it is complete, also under the template's gaps).
    const entry = todo.getByRole('listitem').filter({ hasText: `${title}, van Fatima de Vries (Buurtkracht Tilburg)` })
    await expect(entry).toHaveCount(1)
    await expectAccessible(page, '[aria-labelledby="te-doen"]')
    await entry.getByRole('link', { name: title }).click()
    await expect(page.getByRole('textbox', { name: 'E-mailadres inzender' })).toHaveValue(email)
  })

  await test.step('an editor completes and publishes it: now it is public, attachments too', async () => {
    const published = await request.patch(`${cmsUrl()}/api/knowledge-items/${item.id}`, {
      headers: auth,
      data: {
        _status: 'published',
        evidence: 'practice',
        audience: ['municipalities'],
        contact: { name: 'Redactie' },
        template: { background: 'Weinig vertrouwen.', aim: 'Vertrouwen in de wijk.', targetGroup: 'Bewoners.', approach: 'Een buurtbudget.', results: 'Meer contact.', conditions: 'Een gemeente die loslaat.' },
      },
    })
    expect(published.status(), await published.text()).toBe(200)
    await expect(async () => {
      expect((await page.goto(`/kennisbank/${item.slug}`))?.status()).toBe(200)
    }).toPass({ timeout: 10_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByText('Fatima de Vries')).toHaveCount(0)
    for (const file of files) expect((await request.get(`/media/${file}`)).status()).toBe(200)
    await page.goto(`/kennisbank?zoekterm=${word}`)
    await expect(page.getByRole('link', { name: title })).toBeVisible()
  })
})
