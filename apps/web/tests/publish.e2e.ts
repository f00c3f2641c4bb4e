import { expect, test } from '@playwright/test'

import { adminLogin, apiLogin, cmsUrl, createDraftItem, requiredEnv } from './helpers'

// An English-speaking browser, to show that the admin is Dutch by default.
test.use({ locale: 'en-US' })

test('an editor publishes a draft in the Dutch admin, and it appears on the portal', async ({ page, request }) => {
  const editorEmail = requiredEnv('TEST_EDITOR_EMAIL')
  const editorPassword = requiredEnv('TEST_EDITOR_PASSWORD')
  const token = await apiLogin(editorEmail, editorPassword)
  const suffix = Date.now().toString(36)
  const title = `Werken met brede welvaart in de wijk ${suffix}`
  const doc = await createDraftItem(request, token, {
    title,
    summary: 'Een les uit de praktijk, nog niet gepubliceerd.',
    type: 'lesson',
    // What a lesson needs before it can be published (the template, evidence label and audience).
    template: { background: 'In de wijk liep het gesprek vast.', approach: 'We begonnen bij een concreet besluit.', whatWorked: 'Een besluit maakt het gesprek concreet.' },
    evidence: 'practice',
    audience: ['municipalities'],
    text: 'Wat we leerden in de wijk.',
  })

  // Before publishing, the portal does not know the item.
  expect((await page.goto(`/kennisbank/${doc.slug}`))?.status()).toBe(404)
  await page.goto('/kennisbank')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)

  // The editor logs into the Dutch admin and publishes.
  await adminLogin(page, editorEmail, editorPassword)
  await page.goto(`${cmsUrl()}/admin/collections/knowledge-items/${doc.id}`)
  await expect(page.getByRole('textbox', { name: /Titel/ }).first()).toHaveValue(title)
  await page.getByRole('button', { name: 'Publiceren', exact: true }).click()
  await expect(page.getByText(/gepubliceerd|succesvol/i).first()).toBeVisible()

  // Now the portal shows it, in the list (its cached copy is dropped once the publish is committed) and on its own page.
  await expect(async () => {
    await page.goto('/kennisbank')
    await expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 500 })
  }).toPass({ timeout: 10_000 }) // the 2-second target is measured in apps/cms/tests/int/cache.int.spec.ts
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText('Wat we leerden in de wijk.')).toBeVisible()
})
