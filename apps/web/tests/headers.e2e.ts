import { expect, test, type Page } from '@playwright/test'

import { cmsUrl } from './helpers'

// Security headers on every kind of answer of both apps (internet.nl's website test), and a CSP that
// Chromium never has to enforce against the portal's own pages.
const yearOfHsts = (value: string | undefined) => Number(/max-age=(\d+)/.exec(value ?? '')?.[1] ?? 0) >= 31_536_000

test('every kind of answer of the portal and the CMS carries the security headers', async ({ request, page }) => {
  await page.goto('/kennisbank/wat-is-brede-welvaart')
  const asset = await page.locator('script[src*="/_app/"], link[href*="/_app/immutable/"]').first().evaluate((el) => el.getAttribute('src') ?? el.getAttribute('href'))
  const image = await page.locator('img[src^="/media/"]').first().getAttribute('src')
  const pages = ['/', '/kennisbank', '/kennisbank/wat-is-brede-welvaart', '/agenda', '/zoeken?zoekterm=wonen', '/kennisbank/delen', '/cijfers', '/bestaat-niet']
  const other = ['/robots.txt', '/sitemap.xml', '/agenda.ics', '/.well-known/security.txt', '/favicon.svg', asset!, image!]
  for (const path of [...pages, ...other]) {
    const response = await request.get(path)
    const headers = response.headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('same-origin')
    expect(yearOfHsts(headers['strict-transport-security']), path).toBe(true)
    if (!pages.includes(path)) continue
    expect(headers['permissions-policy'], path).toContain('camera=()')
    const csp = headers['content-security-policy'] ?? ''
    for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'", "object-src 'none'"]) expect(csp, `${path}: ${directive}`).toContain(directive)
    expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/)
  }
  for (const path of ['/admin/login', '/api/knowledge-items?limit=1', '/api/globals/site-settings', '/api/media/file/bestaat-niet.png', '/api/bestaat-niet', '/.well-known/security.txt']) {
    const response = await request.get(`${cmsUrl()}${path}`)
    const headers = response.headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('same-origin')
    expect(yearOfHsts(headers['strict-transport-security']), path).toBe(true)
    expect(headers['content-security-policy'] ?? '', path).toMatch(/frame-ancestors '(self|none)'/)
  }
  // security.txt (RFC 9116): whom to tell, until when.
  for (const base of ['', cmsUrl()]) {
    const text = await (await request.get(`${base}/.well-known/security.txt`)).text()
    expect(text).toMatch(/^Contact: mailto:\S+@\S+$/m)
    const expires = Date.parse(/^Expires: (.+)$/m.exec(text)![1]!)
    expect(expires).toBeGreaterThan(Date.now())
    expect(expires).toBeLessThan(Date.now() + 365 * 24 * 60 * 60 * 1000)
  }
})

/** Every CSP violation the page reports, from its first byte on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = [])
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`))
  })
  const fromConsole: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text())
  })
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))]
}

test('Chromium reports no CSP violation on any kind of portal page, nor after navigating within the site', async ({ page }) => {
  const violations = await watchViolations(page)
  for (const path of ['/', '/kennisbank', '/kennisbank/wat-is-brede-welvaart', '/agenda', '/cijfers', '/zoeken?zoekterm=wonen', '/kennisbank/delen', '/bestaat-niet', '/privacy']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    expect(await violations(), path).toEqual([])
  }
  // A client-side navigation: SvelteKit's route announcer appears.
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click()
  await expect(page).toHaveURL(/\/agenda$/)
  await expect(page.locator('#svelte-announcer')).toHaveCSS('position', 'absolute')
  expect(await violations()).toEqual([])
})
