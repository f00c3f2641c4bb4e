import { expect, test } from '@playwright/test'

import { apiLogin, cmsUrl, requiredEnv } from './helpers'

// An English-speaking browser, to show that the admin is Dutch by default.
test.use({ locale: 'en-US' })

test('an editor publishes a draft in the Dutch admin, and it appears on the portal', async ({ page, request }) => {
  const editorEmail = requiredEnv('TEST_EDITOR_EMAIL')
  const editorPassword = requiredEnv('TEST_EDITOR_PASSWORD')
  const token = await apiLogin(editorEmail, editorPassword)
  const suffix = Date.now().toString(36)
  const title = `Werken met brede welvaart in de wijk ${suffix}`
  const created = await request.post(`${cmsUrl()}/api/knowledge-items?draft=true`, {
    headers: { authorization: `JWT ${token}` },
    data: {
      title,
      summary: 'Een les uit de praktijk, nog niet gepubliceerd.',
      type: 'lesson',
      _status: 'draft',
      // What a lesson needs before it can be published (the template, evidence label and audience).
      template: { background: 'In de wijk liep het gesprek vast.', approach: 'We begonnen bij een concreet besluit.', whatWorked: 'Een besluit maakt het gesprek concreet.' },
      evidence: 'practice',
      audience: ['municipalities'],
      body: {
        root: {
          type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
          children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0,
            children: [{ type: 'text', text: 'Wat we leerden in de wijk.', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
        },
      },
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }

  // Before publishing, the portal does not know the item.
  expect((await page.goto(`/kennisbank/${doc.slug}`))?.status()).toBe(404)
  await page.goto('/kennisbank')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)

  // The editor logs into the Dutch admin and publishes.
  await page.goto(`${cmsUrl()}/admin/login`)
  await page.getByLabel('E-mail').fill(editorEmail)
  await page.getByLabel('Wachtwoord').fill(editorPassword)
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
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
