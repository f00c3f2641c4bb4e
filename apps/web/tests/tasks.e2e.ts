import { expect, test, type Page } from '@playwright/test'

import { adminLogin, apiLogin, cmsUrl, createDraftItem, expectAccessible, mailsTo, requiredEnv } from './helpers'

// The three tasks users tried on the demo content (issue 11), done as they would do them, one after
// the other: a policy officer looks for housing lessons for West-Brabant and a tool to download; a
// partner registers for the next session; an editor publishes a practice example.

/** Chooses the option of a filter whose text starts with `name` (the text ends with its count). */
async function choose(page: Page, filter: string, name: string) {
  const select = page.getByLabel(filter, { exact: true })
  const option = select.locator('option').filter({ hasText: new RegExp(`^\\s*${name} \\(\\d+\\)$`) })
  await select.selectOption(await option.getAttribute('value'))
}

test('the three tasks: find province-wide lessons from a region and a download, register for a session, publish along the template', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000)
  const suffix = Date.now().toString(36)

  await test.step('a policy officer finds housing lessons for West-Brabant, a synonym, and a download on the portal', async () => {
    await page.goto('/kennisbank')
    await choose(page, 'Soort', 'Geleerde les')
    await choose(page, 'Thema', 'Wonen')
    await choose(page, 'Regio', 'West-Brabant')
    await page.getByRole('button', { name: 'Toon resultaten' }).click()
    await expect(page).toHaveURL(/soort=lesson.*thema=wonen.*regio=west-brabant/)
    // Lessons for all of Noord-Brabant are found from West-Brabant, and say so.
    const cards = page.locator('.card')
    await expect(cards.first()).toBeVisible()
    await expect(cards.first()).toContainText('Geldt voor heel Noord-Brabant')
    await expect(page.getByLabel('Regio', { exact: true }).locator('option:checked')).toHaveText(/West-Brabant \(\d+\)$/)
    await expectAccessible(page)

    // "huisvesting" is not in the housing article; the editors' synonyms find it.
    await page.getByLabel('Zoek in de kennisbank').fill('huisvesting')
    await page.keyboard.press('Escape')
    await choose(page, 'Soort', 'Artikel')
    await page.getByLabel('Thema', { exact: true }).selectOption('')
    await page.getByLabel('Regio', { exact: true }).selectOption('')
    await page.getByRole('button', { name: 'Toon resultaten' }).click()
    await page.getByRole('link', { name: 'Brede welvaart en de woningopgave' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Brede welvaart en de woningopgave' })).toBeVisible()

    // Nothing found: the page offers ways out, each with what it finds.
    await page.goto('/kennisbank?zoekterm=fietsenstalling&soort=lesson&regio=breda')
    await expect(page.locator('.results-count')).toContainText('0 kennisitems gevonden')
    const waysOut = page.getByRole('region', { name: 'Zo vindt u wel iets' })
    await expect(waysOut.getByRole('link').first()).toBeVisible()
    await expect(waysOut.getByRole('link', { name: /zonder de zoekwoorden “fietsenstalling”/ })).toBeVisible()

    // A tool to download: the link is on the portal's own origin and gives the file.
    await page.goto('/kennisbank?soort=tool')
    await page.locator('.card a').first().click()
    const link = page.locator('a[download]').first()
    const href = (await link.getAttribute('href'))!
    expect(new URL(href, page.url()).origin).toBe(new URL(baseURL!).origin)
    const file = await request.get(href)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toBe('application/pdf')
  })

  await test.step('a partner registers for the next session and gets a mail with place, contact and a Dutch time', async () => {
    await page.goto('/agenda')
    // The next session that takes registrations here.
    const sessions = await page.locator('.card a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
    let opened = false
    for (const href of sessions) {
      await page.goto(href)
      if (await page.getByRole('region', { name: 'Aanmelden' }).count()) {
        opened = true
        break
      }
    }
    expect(opened).toBe(true)
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim()
    const practical = page.getByRole('complementary', { name: 'Praktisch' })
    // It says who it is for, and falls on a weekday at a usual hour.
    await expect(practical.getByText('Voor wie')).toBeVisible()
    const when = (await practical.locator('dt:has-text("Wanneer") + dd').textContent())!
    expect(when).not.toMatch(/zaterdag|zondag/)
    const [, hour] = when.match(/(\d{1,2})\.\d{2}/)!
    expect(Number(hour)).toBeGreaterThanOrEqual(8)
    expect(Number(hour)).toBeLessThanOrEqual(19)

    const form = page.getByRole('region', { name: 'Aanmelden' })
    const email = `partner-${suffix}@example.nl`
    await form.getByLabel('Naam').fill('Sanne de Wit')
    await form.getByLabel('E-mailadres').fill(email)
    await form.getByLabel(/Ik geef toestemming/).check()
    await form.getByRole('button', { name: 'Aanmelden' }).click()
    await expect(form.getByRole('status')).toContainText(`U bent aangemeld voor “${title}”`)
    const [mail] = await mailsTo(email)
    expect(mail!.text).toMatch(/\d{1,2}\.\d{2} uur/)
    expect(mail!.text).not.toMatch(/(?<![\d.])\d{1,2}:\d{2}(?!\d)/)
    expect(mail!.text).toMatch(/Waar/)
    expect(mail!.text).toMatch(/Vragen\? Mail naar/)
  })

  await test.step('an editor publishes a practice example once the template is complete', async () => {
    const editorEmail = requiredEnv('TEST_EDITOR_EMAIL')
    const editorPassword = requiredEnv('TEST_EDITOR_PASSWORD')
    const token = await apiLogin(editorEmail, editorPassword)
    const title = `Buurtbudget voor een groene wijk ${suffix}`
    const template = {
      background: 'Bewoners wilden meer groen in hun straat.',
      aim: 'Meer groen en meer contact tussen buren.',
      targetGroup: 'Bewoners van één wijk.',
      approach: 'Een klein budget dat bewoners zelf verdelen.',
      conditions: 'Een wijkteam dat meedenkt.',
    }
    const doc = await createDraftItem(request, token, {
      title,
      summary: 'Bewoners verdelen zelf een budget voor groen in hun wijk.',
      type: 'practice-example',
      template,
      contact: { name: 'Wijkteam Noord' },
      evidence: 'practice',
      audience: ['municipalities'],
      text: 'Zo ging het in de wijk.',
    })

    await adminLogin(page, editorEmail, editorPassword)
    await page.goto(`${cmsUrl()}/admin/collections/knowledge-items/${doc.id}`)
    // The result is missing: publishing is refused, in Dutch, naming what is missing.
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click()
    // The tab with the template shows that one field needs attention, and the field says what.
    await page.getByRole('button', { name: 'Opbouw 1' }).click()
    await expect(page.getByText('Vul “Resultaat” in: dat is verplicht voor een praktijkvoorbeeld voordat die gepubliceerd wordt.')).toBeVisible()
    await page.getByLabel('Resultaat').fill('Twaalf straten kregen meer groen; buren kennen elkaar beter.')
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click()
    await expect(page.getByText(/gepubliceerd|succesvol/i).first()).toBeVisible()

    // The portal shows it along the template, with the "In het kort" box, once the publish has reached
    // it (the CMS tells the portal after the commit; the 2-second target is measured in cache.int.spec.ts).
    await expect(async () => {
      await page.goto(`/kennisbank/${doc.slug}`)
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 500 })
    }).toPass({ timeout: 10_000 })
    await expect(page.getByRole('heading', { name: 'In het kort' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Resultaat' })).toBeVisible()
    await expect(page.getByText('Twaalf straten kregen meer groen')).toBeVisible()
    await expectAccessible(page)
  })
})
