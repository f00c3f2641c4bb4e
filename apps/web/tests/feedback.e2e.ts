import { expect, test } from '@playwright/test'

import { adminLogin, cmsUrl, expectAccessible, requiredEnv } from './helpers'

// the feedback question (was this page useful?): answered with and without JavaScript, no cookie, and what editors see.
const path = '/kennisbank/praktijk-wijkgesprekken-breda'

test('a reader answers whether a page was useful, with and without JavaScript, and an editor handles the remark', async ({ page, browser }) => {
  test.setTimeout(90_000)
  const remark = `Het stuk over de wijkgesprekken mist een contactpersoon ${Date.now().toString(36)}`

  await test.step('with JavaScript: answered in place', async () => {
    await page.goto(path)
    const form = page.getByRole('region', { name: 'Was deze pagina nuttig?' })
    await form.getByLabel('Nee').check()
    await form.getByLabel('Wilt u nog iets kwijt? (niet verplicht)').fill(remark)
    await form.getByRole('button', { name: 'Versturen' }).click()
    await expect(form.getByRole('status')).toHaveText('Bedankt voor uw antwoord!')
    await expect(page).toHaveURL(new RegExp(`${path}$`))
    expect(await page.context().cookies()).toEqual([])
  })

  await test.step('without JavaScript: confirmed on a page of its own, then counted once', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const plain = await context.newPage()
    await plain.goto(path)
    const title = (await plain.getByRole('heading', { level: 1 }).textContent())!.trim()
    // Without a choice: the form says what is missing.
    await plain.getByRole('region', { name: 'Was deze pagina nuttig?' }).getByRole('button', { name: 'Versturen' }).click()
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Uw reactie')
    await expect(plain.getByText(`Controleer uw antwoord over de pagina “${title}” en verstuur het.`)).toBeVisible()
    await plain.getByRole('button', { name: 'Versturen' }).click()
    await expect(plain.getByRole('alert')).toContainText('Kies ja of nee.')
    await plain.getByLabel('Ja').check()
    await plain.getByRole('button', { name: 'Versturen' }).click()
    await expect(plain.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor uw reactie')
    // The back button and "Versturen" again: the same page view, not another answer.
    await plain.goBack()
    await plain.getByRole('button', { name: 'Versturen' }).click()
    await expect(plain.getByText('Uw antwoord op deze pagina hebben we al. Bedankt!')).toBeVisible()
    await plain.getByRole('link', { name: `Terug naar “${title}”` }).click()
    await expect(plain).toHaveURL(new RegExp(`${path}$`))
    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  await test.step('the pages of the plain form pass axe (checked with JavaScript on, which axe needs)', async () => {
    // The form sent as without JavaScript (no token yet): the confirmation page.
    const plainSubmit = () => page.evaluate(() => HTMLFormElement.prototype.submit.call(document.querySelector('form[action="/reactie"]')))
    await page.goto(path)
    await plainSubmit()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw reactie')
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Versturen' }).click()
    await expect(page.getByRole('alert')).toContainText('Kies ja of nee.')
    await expectAccessible(page)
    await page.getByLabel('Ja').check()
    await plainSubmit()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor uw reactie')
    await expectAccessible(page)
  })

  await test.step('the editor sees the tally and the remark on the item, and marks the remark handled', async () => {
    const editor = { email: requiredEnv('TEST_EDITOR_EMAIL'), password: requiredEnv('TEST_EDITOR_PASSWORD') }
    await adminLogin(page, editor.email, editor.password)
    const found = await page.request.get(`${cmsUrl()}/api/knowledge-items?where[slug][equals]=praktijk-wijkgesprekken-breda&depth=0`)
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
    await page.goto(`${cmsUrl()}/admin/collections/knowledge-items/${id}`)
    const summary = page.getByRole('region', { name: 'Nuttig volgens lezers' })
    await expect(summary).toContainText(/\d+ × ja, \d+ × nee/)
    await expectAccessible(page, '[aria-labelledby="nuttig-volgens-lezers"]')
    await summary.getByRole('link', { name: `Nee: “${remark}”` }).click()
    await page.getByLabel('Afgehandeld').check()
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await expect(page.getByText(/succesvol|bijgewerkt/i).first()).toBeVisible()
    await page.goto(`${cmsUrl()}/admin/collections/knowledge-items/${id}`)
    await expect(page.getByRole('region', { name: 'Nuttig volgens lezers' })).not.toContainText(remark)
  })
})
