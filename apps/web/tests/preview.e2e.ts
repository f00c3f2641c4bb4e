import { expect, test } from '@playwright/test'

import { adminLogin, apiLogin, cmsUrl, createDraftItem, expectAccessible, requiredEnv } from './helpers'

// Preview of drafts: the admin's live-preview panel shows the real portal page and follows the editor's
// typing without saving; the preview address needs its token; visitors see nothing until the publish.
test('an editor previews a draft live in the admin, and visitors see it only once it is published', async ({ page, request, browser }) => {
  test.setTimeout(90_000)
  const editor = { email: requiredEnv('TEST_EDITOR_EMAIL'), password: requiredEnv('TEST_EDITOR_PASSWORD') }
  const token = await apiLogin(editor.email, editor.password)
  const title = `Voorbeeld van een les ${Date.now().toString(36)}`
  const doc = await createDraftItem(request, token, {
    title,
    summary: 'Een les die nog niet gepubliceerd is.',
    type: 'lesson',
    template: { background: 'De aanleiding.', approach: 'De aanpak.', whatWorked: 'Wat werkte.' },
    evidence: 'practice',
    audience: ['municipalities'],
    text: 'Wat we leerden.',
  })

  await test.step('without a valid token the address shows nothing of the draft', async () => {
    expect((await page.goto(`/kennisbank/${doc.slug}`))?.status()).toBe(404)
    for (const bad of ['', 'nep.token', `${'a'.repeat(40)}.${'b'.repeat(43)}`]) {
      expect((await page.goto(`/kennisbank/${doc.slug}?preview=${bad}`))?.status()).toBe(403)
      await expect(page.getByText('Deze voorbeeldlink is ongeldig of verlopen.')).toBeVisible()
      await expect(page.getByText(title)).toHaveCount(0)
    }
  })

  const typed = `${title}, bijgewerkt`
  await test.step('the live-preview panel shows the real page and follows the typing, without saving', async () => {
    await adminLogin(page, editor.email, editor.password)
    await page.goto(`${cmsUrl()}/admin/collections/knowledge-items/${doc.id}`)
    // Opens the panel (Payload remembers per editor whether it was open; clicks before hydration do nothing).
    const toggler = page.locator('#live-preview-toggler')
    await expect(async () => {
      if (!/--active/.test((await toggler.getAttribute('class')) ?? '')) await toggler.click()
      await expect(toggler).toHaveClass(/live-preview-toggler--active/, { timeout: 1000 })
    }).toPass({ timeout: 15_000 })
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(frame.getByRole('heading', { name: 'Voorbeeld — niet gepubliceerd' })).toBeVisible()
    await expect(frame.getByRole('status')).toHaveText('Wat u in het beheer wijzigt, verschijnt hier meteen, ook voordat u opslaat.')
    await page.getByRole('textbox', { name: /Titel/ }).first().fill(typed)
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(typed)
    await page.getByRole('textbox', { name: /Samenvatting/ }).first().fill('Een samenvatting die de redacteur net typte.')
    await expect(frame.getByText('Een samenvatting die de redacteur net typte.')).toBeVisible()
    // Nothing was saved.
    const stored = await request.get(`${cmsUrl()}/api/knowledge-items/${doc.id}?draft=true&depth=0`, { headers: { authorization: `JWT ${token}` } })
    expect(((await stored.json()) as { title: string }).title).toBe(title)
  })

  await test.step('the preview button opens the page in a tab of its own: noindex, never cached, accessible', async () => {
    const href = await page.locator('a.preview-btn').getAttribute('href')
    expect(href).toContain(`/kennisbank/${doc.slug}?preview=`)
    // Someone without an admin login (the link works by its token alone, for two hours).
    const context = await browser.newContext()
    const tab = await context.newPage()
    const response = await tab.goto(href!)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['cache-control']).toBe('private, no-store')
    expect(response?.headers()['x-robots-tag']).toBe('noindex')
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(tab.getByRole('heading', { name: 'Voorbeeld — niet gepubliceerd' })).toBeVisible()
    // Not in a frame: nothing to follow, so no promise that it does.
    await expect(tab.getByRole('status')).toHaveCount(0)
    await expectAccessible(tab)
    await context.close()
  })

  await test.step('visitors see the draft only after the publish', async () => {
    const visitor = await browser.newPage()
    expect((await visitor.goto(`/kennisbank/${doc.slug}`))?.status()).toBe(404)
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click()
    await expect(page.getByText(/gepubliceerd|succesvol/i).first()).toBeVisible()
    await expect(async () => {
      expect((await visitor.goto(`/kennisbank/${doc.slug}`))?.status()).toBe(200)
      await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(typed, { timeout: 500 })
    }).toPass({ timeout: 10_000 })
    await expect(visitor.getByText('Voorbeeld — niet gepubliceerd')).toHaveCount(0)
    await visitor.close()
  })
})

test('public pages do not load the live-preview island or Payload’s SDK; preview pages do', async ({ page, request }) => {
  const scriptsOf = async (url: string) => {
    const scripts: string[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url())
    })
    await page.goto(url)
    await page.waitForLoadState('networkidle')
    page.removeAllListeners('response')
    return Promise.all(scripts.map(async (src) => (await request.get(src)).text()))
  }
  // The SDK's message type, in its code and nowhere else.
  const hasSdk = (sources: string[]) => sources.some((source) => source.includes('payload-live-preview'))
  expect(hasSdk(await scriptsOf('/kennisbank/wat-is-brede-welvaart'))).toBe(false)
  expect(hasSdk(await scriptsOf('/'))).toBe(false)
  const token = await apiLogin(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
  const found = await request.get(`${cmsUrl()}/api/knowledge-items?where[slug][equals]=wat-is-brede-welvaart&depth=0`, { headers: { authorization: `JWT ${token}` } })
  const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
  // The admin's preview button gives the address with its token.
  await adminLogin(page, requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
  await page.goto(`${cmsUrl()}/admin/collections/knowledge-items/${id}`)
  const href = await page.locator('a.preview-btn').getAttribute('href')
  expect(hasSdk(await scriptsOf(href!))).toBe(true)
})
