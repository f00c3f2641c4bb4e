import { expect, test } from '@playwright/test'

import { adminLogin, apiLogin, cmsUrl, expectAccessible, requiredEnv } from './helpers'

// Usage figures without cookies (server/usage.js): page views and searches counted by the portal's
// server, bots left out, and what editors see. The portal reports every USAGE_FLUSH_MS (500 in tests).

// A browser as visitors have it: Chromium run by Playwright calls itself "HeadlessChrome", which counts as a bot.
test.use({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36' })

const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

test('counts page views and searches without cookies, leaves bots out, and shows editors the searches that found nothing', async ({ page, request }) => {
  test.setTimeout(90_000)
  const editor = { email: requiredEnv('TEST_EDITOR_EMAIL'), password: requiredEnv('TEST_EDITOR_PASSWORD') }
  const token = await apiLogin(editor.email, editor.password)
  const list = async (collection: string, where: string) => {
    const response = await request.get(`${cmsUrl()}/api/${collection}?${where}&limit=100&depth=0`, { headers: { authorization: `JWT ${token}` } })
    expect(response.status()).toBe(200)
    return (await response.json()).docs as Record<string, unknown>[]
  }
  const path = '/kennisbank/les-cijfers-en-verhalen-samen'
  const views = async () => (await list('page-views', `where[path][equals]=${encodeURIComponent(path)}`)).reduce((sum, row) => sum + Number(row.views), 0)
  const before = await views()

  await test.step('three views by a visitor count, four by a crawler do not', async () => {
    for (let i = 0; i < 3; i++) await page.goto(path)
    for (let i = 0; i < 4; i++) expect((await request.get(path, { headers: { 'user-agent': googlebot } })).status()).toBe(200)
    expect(await page.context().cookies()).toEqual([])
    await expect.poll(views, { timeout: 15_000 }).toBe(before + 3)
    await page.waitForTimeout(1500) // another report: still three
    expect(await views()).toBe(before + 3)
  })

  // Letters only, and nothing like a word of the kennisbank: a search that finds nothing.
  const word = `zqx${Date.now().toString(36).replace(/[^a-z]/g, 'q')}vw`
  await test.step('a search that finds nothing is listed for editors, with its number of results', async () => {
    await page.goto(`/kennisbank?zoekterm=${word.toUpperCase()}`)
    await expect(page.locator('.results-count')).toContainText('0 kennisitems gevonden')
    await expect.poll(async () => (await list('search-queries', `where[query][equals]=${word}`))[0]?.results, { timeout: 15_000 }).toBe(0)
    await page.goto('/zoeken?zoekterm=brede%20welvaart')
    await expect.poll(async () => Number((await list('search-queries', 'where[query][equals]=brede%20welvaart'))[0]?.results ?? 0), { timeout: 15_000 }).toBeGreaterThan(0)
  })

  await test.step('the editors’ dashboard shows this month’s most viewed pages and the searches without results', async () => {
    await adminLogin(page, editor.email, editor.password)
    const usage = page.getByRole('region', { name: 'Gebruik deze maand' })
    await expect(usage.getByRole('link', { name: path })).toBeVisible()
    await expect(usage).toContainText(`“${word}”: 1 keer gezocht`)
    // The section this project adds; Payload's own dashboard has axe findings of its own (its react-select).
    await expectAccessible(page, '[aria-labelledby="gebruik"]')
    await usage.getByRole('link', { name: 'Alle cijfers' }).first().click()
    await expect(page.getByRole('heading', { name: 'Paginaweergaven', level: 1 })).toBeVisible()
    await expect(page.getByRole('link', { name: path }).first()).toBeVisible()
  })
})
