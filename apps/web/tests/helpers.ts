import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

import { waitForMails } from '../../../scripts/lib/mail-files.mjs'

export function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the suite through \`npm test\` (scripts/test.mjs).`)
  return value
}

export const cmsUrl = () => requiredEnv('CMS_URL')

/** WCAG 2.1 A and AA rules of axe-core; the page must have no violations. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
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
