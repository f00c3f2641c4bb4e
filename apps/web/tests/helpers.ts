import AxeBuilder from '@axe-core/playwright'
import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { waitForMails } from '../../../scripts/lib/mail-files.mjs'

export function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the suite through \`npm test\` (scripts/test.mjs).`)
  return value
}

export const cmsUrl = () => requiredEnv('CMS_URL')

/** WCAG 2.1 A and AA rules of axe-core; the page must have no violations. */
export async function expectAccessible(page: Page, within?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  // `within`: only what this project adds to a page it does not own (Payload's admin).
  const { violations } = await (within ? builder.include(within) : builder).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** Logs in over the CMS's REST API and returns the token. */
export async function apiLogin(email: string, password: string): Promise<string> {
  const response = await fetch(`${cmsUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`login failed for ${email}: ${response.status}`)
  return body.token
}

/** Mails the CMS sent to `address`, from the test run's local mailbox (a real SMTP server); fails after 15 s without `count`. */
export async function mailsTo(address: string, count = 1) {
  const mails = await waitForMails(requiredEnv('MAIL_DIR'), address, { count })
  if (mails.length < count) throw new Error(`expected ${count} mail(s) to ${address}, found ${mails.length}`)
  return mails
}

/** Creates a knowledge item as a draft over the CMS's REST API (its body one paragraph of `text`); returns its id and slug. */
export async function createDraftItem(request: APIRequestContext, token: string, data: Record<string, unknown> & { text: string }) {
  const { text, ...fields } = data
  const paragraph = { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }
  const created = await request.post(`${cmsUrl()}/api/knowledge-items?draft=true`, {
    headers: { authorization: `JWT ${token}` },
    data: { ...fields, _status: 'draft', body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [paragraph] } } },
  })
  expect(created.status()).toBe(201)
  return ((await created.json()) as { doc: { id: number; slug: string } }).doc
}

/** Logs into the Dutch admin in the browser and waits for the dashboard. */
export async function adminLogin(page: Page, email: string, password: string) {
  await page.goto(`${cmsUrl()}/admin/login`)
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Wachtwoord').fill(password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}
