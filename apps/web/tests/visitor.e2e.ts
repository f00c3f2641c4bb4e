import { expect, test } from '@playwright/test'

import { cmsUrl, expectAccessible } from './helpers'

// One page of every route type, with demo content.
const routes = [
  '/',
  '/kennisbank',
  '/kennisbank?soort=lesson&sorteer=titel',
  '/kennisbank?pagina=2',
  '/kennisbank/ervaren-brede-welvaart-in-brabant',
  '/kennisbank/praktijk-wijkgesprekken-breda',
  '/kennisbank/onderbouwing',
  '/kennisbank?zoekterm=welvaart&thema=wonen&jaar=1999',
  '/programmas',
  '/programmas/sociale-veerkracht',
  '/agenda',
  '/agenda?wanneer=afgelopen',
  '/agenda/week-2023-opening',
  '/netwerk',
  '/netwerk/zet',
  '/themas',
  '/themas/subjectief-welzijn',
  '/week-van-de-brede-welvaart',
  '/week-van-de-brede-welvaart/2023',
  '/over-de-kennisbank',
  '/toegankelijkheid',
  '/privacy',
  '/zoeken',
  '/zoeken?zoekterm=brede%20welvaart',
  '/kennisbank?zoekterm=gemeenten',
  '/bestaat-niet',
  '/kennisbank?thema=bestaat-niet',
]

test.describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  for (const path of routes) {
    test(`no violations on ${path}`, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expectAccessible(page)
    })
  }
})

test.describe('an anonymous visitor', () => {
  test('reads every route on a 320 px wide screen without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    for (const path of routes) {
      await page.goto(path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })

  test('gets a title, description, canonical URL, OpenGraph and JSON-LD', async ({ page }) => {
    const jsonLd = async () => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    await page.goto('/kennisbank/ervaren-brede-welvaart-in-brabant?utm_source=x')
    await expect(page).toHaveTitle('Ervaren Brede Welvaart in Brabant – Kennisbank Brede Welvaart Brabant')
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/kennisbank\/ervaren-brede-welvaart-in-brabant$/)
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{20,}/)
    expect(await jsonLd()).toMatchObject({ '@context': 'https://schema.org', '@type': 'Article', headline: 'Ervaren Brede Welvaart in Brabant' })

    await page.goto('/agenda/week-2023-opening')
    expect(await jsonLd()).toMatchObject({ '@type': 'Event', startDate: expect.stringMatching(/^2023-11-13T09:00/), location: [{ '@type': 'Place' }] })
    // 10.00 in Amsterdam (winter time) is 09.00 UTC.
    await expect(page.locator('main')).toContainText('maandag 13 november 2023, 10.00–12.30 uur')

    await page.goto('/netwerk/zet')
    expect(await jsonLd()).toMatchObject({ '@type': 'Organization', name: 'Zet' })
  })

  test('downloads a tool and sees its images from the portal itself, never from the CMS', async ({ page, request, baseURL }) => {
    const found = await (await fetch(`${cmsUrl()}/api/knowledge-items?where[attachments][exists]=true&where[_status][equals]=published&limit=1&depth=0`)).json()
    const slug = found.docs[0].slug as string
    await page.goto(`/kennisbank/${slug}`)
    const link = page.locator('a[download]').first()
    const href = (await link.getAttribute('href'))!
    expect(href).toMatch(/^\/media\/[^/]+\.pdf$/)
    const cms = new URL(cmsUrl())
    for (const attribute of await page.locator('a[href], img[src]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? ''))) {
      expect(attribute, 'no link or image on the CMS host').not.toContain(cms.host)
    }
    const download = page.waitForEvent('download')
    await link.click()
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
    const file = await request.get(href)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toBe('application/pdf')
    expect(file.headers()['x-content-type-options']).toBe('nosniff')
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
    expect(new URL(file.url()).origin).toBe(new URL(baseURL!).origin)
    expect((await request.get('/media/bestaat-niet.pdf')).status()).toBe(404)
    expect((await request.get('/media/..%2F..%2Fapi%2Fusers')).status()).toBe(404)
  })

  test('reads a practice example in the fixed template, with an explained evidence label and related items', async ({ page }) => {
    await page.goto('/kennisbank/praktijk-wijkgesprekken-breda')
    const inShort = page.getByRole('region', { name: 'In het kort' })
    await expect(inShort).toContainText('Praktijkvoorbeeld')
    await expect(inShort).toContainText('Geldt voor')
    await expect(inShort.getByRole('link', { name: 'Breda' })).toBeVisible()
    await expect(inShort).toContainText('Redactie Kennisbank Brede Welvaart')
    const sections = await page.locator('article section[aria-labelledby^="deel-"] h2').allTextContents()
    expect(sections).toEqual(['Aanleiding', 'Doel', 'Doelgroep', 'Aanpak', 'Resultaat', 'Randvoorwaarden'])
    await expect(page.getByRole('region', { name: 'Gerelateerde kennis' }).locator('.card')).not.toHaveCount(0)
    await inShort.getByRole('link', { name: 'Ervaring uit de praktijk' }).click()
    await expect(page).toHaveURL(/\/kennisbank\/onderbouwing#practice$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onderbouwing van de kennis')
    // Every label leads to the items that carry it.
    await page.getByRole('link', { name: 'Kennisitems met “Ervaring uit de praktijk”' }).click()
    await expect(page.getByLabel('Onderbouwing').locator('option:checked')).toHaveText(/^Ervaring uit de praktijk \(\d+\)$/)
    await expect(page.locator('.card').first()).toContainText('Ervaring uit de praktijk')
  })

  test('gets a sitemap of published URLs and a robots.txt that points to it', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toMatch(/^Sitemap: http.*\/sitemap\.xml$/m)
    const sitemap = await request.get('/sitemap.xml')
    expect(sitemap.headers()['content-type']).toContain('application/xml')
    const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
    expect(locs).toContain('/kennisbank/ervaren-brede-welvaart-in-brabant')
    expect(locs).toContain('/week-van-de-brede-welvaart/2023')
    expect(locs).not.toContain('/kennisbank/concept-les-over-regionale-samenwerking')
    expect(locs).not.toContain('/concept-nieuwsbrief')
  })

  test('sees a Dutch 404 page and a 400 for a filter value that does not exist', async ({ page }) => {
    const missing = await page.goto('/agenda/bestaat-niet')
    expect(missing?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden')
    await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toBeVisible()
    const bad = await page.goto('/kennisbank?soort=%27%20OR%201=1')
    expect(bad?.status()).toBe(400)
    await expect(page.locator('main')).toContainText('geen geldige keuze voor soort')
  })

  test('uses the navigation and filters with the keyboard alone', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('main')).toBeFocused()

    await page.goto('/')
    const kennisbank = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennisbank' })
    for (let i = 0; i < 10 && !(await kennisbank.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await expect(kennisbank).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/kennisbank$/)

    // Tab to the first filter, pick a value with the arrow keys, submit with Enter on the button.
    const soort = page.getByLabel('Soort')
    for (let i = 0; i < 30 && !(await soort.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await expect(soort).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(soort).not.toHaveValue('')
    const chosen = await soort.inputValue()
    const label = (await soort.locator(`option[value="${chosen}"]`).textContent())!.replace(/ \(\d+\)$/, '')
    const submit = page.getByRole('button', { name: 'Toon resultaten' })
    for (let i = 0; i < 10 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await expect(submit).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`soort=${chosen}`))
    await expect(page.locator('.card__meta').first()).toContainText(label)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('filters, sorts and pages through the kennisbank and the agenda', async ({ page }) => {
    await page.goto('/kennisbank')
    await page.getByLabel('Soort').selectOption('lesson')
    await page.getByLabel('Sorteren').selectOption('titel')
    await page.getByRole('button', { name: 'Toon resultaten' }).click()
    await expect(page).toHaveURL(/soort=lesson/)
    await expect(page).toHaveURL(/sorteer=titel/)
    const metas = await page.locator('.card__meta').allTextContents()
    expect(metas.length).toBeGreaterThan(0)
    for (const meta of metas) expect(meta).toContain('Geleerde les')
    const titles = await page.locator('.card__title').allTextContents()
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nl')))
    await expect(page.getByLabel('Soort')).toHaveValue('lesson')

    await page.goto('/kennisbank')
    await page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende pagina' }).click()
    await expect(page).toHaveURL(/pagina=2/)
    await expect(page.locator('.results-count')).toContainText('pagina 2 van')
    await page.getByRole('link', { name: 'Pagina 3' }).click()
    await expect(page.locator('[aria-current=page]').filter({ hasText: '3' })).toHaveCount(1)

    await page.goto('/agenda')
    await page.getByRole('link', { name: 'Afgelopen bijeenkomsten' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Afgelopen bijeenkomsten' })).toBeVisible()
    await page.getByLabel('Soort').selectOption('week')
    await page.getByRole('button', { name: 'Toon resultaten' }).click()
    await expect(page).toHaveURL(/wanneer=afgelopen/)
    const eventMetas = await page.locator('.card__meta').allTextContents()
    expect(eventMetas.length).toBeGreaterThan(0)
    for (const meta of eventMetas) expect(meta).toContain('Week van de Brede Welvaart')
    await page.getByRole('link', { name: 'Wis alle filters' }).click()
    await expect(page).toHaveURL(/\/agenda$/)
  })
})
