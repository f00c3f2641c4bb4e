import { expect, test } from '@playwright/test'

import { expectAccessible } from './helpers'

test.describe('an anonymous visitor', () => {
  test('never sees a draft: not in the list, not by its address', async ({ page }) => {
    for (let pagina = 1; ; pagina++) {
      await page.goto(`/kennisbank?pagina=${pagina}`)
      await expect(page.locator('main')).not.toContainText('CONCEPT')
      await expect(page.locator('main')).not.toContainText('herziene versie in bewerking')
      if ((await page.getByRole('link', { name: 'Volgende pagina' }).count()) === 0) break
    }
    const response = await page.goto('/kennisbank/concept-les-over-regionale-samenwerking')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden')

    // A published item with a newer unpublished edit shows the published version.
    await page.goto('/kennisbank/artikel-brede-welvaart-voor-ondernemers')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brede welvaart voor ondernemers')
  })

  test('reads the kennisbank: list, pagination and an item', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('link', { name: 'Bekijk de kennisbank' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Kennisbank' })).toBeVisible()
    await expect(page.locator('.cards > li')).toHaveCount(12)
    await page.getByRole('link', { name: 'Volgende pagina' }).click()
    await expect(page).toHaveURL(/pagina=2/)
    await page.goto('/kennisbank/ervaren-brede-welvaart-in-brabant')
    await expect(page.getByRole('heading', { level: 2, name: 'De belangrijkste uitkomst' })).toBeVisible()
    await expect(page.getByText('7,6').first()).toBeVisible()
  })

  test('finds no accessibility violations (WCAG 2.1 A/AA) on the skeleton pages', async ({ page }) => {
    for (const path of ['/', '/kennisbank', '/kennisbank?pagina=2', '/kennisbank/wat-is-brede-welvaart', '/bestaat-niet']) {
      await page.goto(path)
      await expectAccessible(page)
    }
  })
})
