import { expect, test } from '@playwright/test'

import { expectAccessible } from './helpers'

test.describe('search', () => {
  test('finds Dutch word forms in the kennisbank, highlights them and combines with filters', async ({ page }) => {
    await page.goto('/kennisbank?zoekterm=gemeenten')
    await expect(page.locator('.results-count')).toContainText('gevonden voor “gemeenten”')
    await expect(page.locator('.card mark').first()).toHaveText(/^gemeent/i)
    const total = Number((await page.locator('.results-count').textContent())!.match(/\d+/)![0])
    // The count shown next to a filter value is what choosing it finds.
    const option = page.getByLabel('Soort').locator('option').nth(1)
    const [, label, count] = (await option.textContent())!.match(/^(.*) \((\d+)\)$/)!
    await page.getByLabel('Soort').selectOption({ label: `${label} (${count})` })
    await page.getByRole('button', { name: 'Toon resultaten' }).click()
    await expect(page.locator('.results-count')).toContainText(`${count} kennisitem`)
    expect(Number(count)).toBeLessThanOrEqual(total)
    await expectAccessible(page)
  })

  test('offers "bedoelde u" for a misspelling and searches the whole site', async ({ page }) => {
    await page.goto('/kennisbank?zoekterm=welvaat')
    await page.locator('.suggestion').getByRole('link', { name: 'welvaart', exact: true }).click()
    await expect(page).toHaveURL(/zoekterm=welvaart/)
    await expect(page.locator('.card').first()).toBeVisible()

    await page.goto('/')
    await page.getByRole('search', { name: 'Zoeken op de site' }).getByRole('searchbox').fill('brede welvaart')
    await page.getByRole('search', { name: 'Zoeken op de site' }).getByRole('button', { name: 'Zoeken' }).click()
    await expect(page).toHaveURL(/\/zoeken\?zoekterm=brede/)
    await expect(page.locator('.results-count')).toContainText(/Kennisitem: \d+, Bijeenkomst: \d+/)
    await expectAccessible(page)
  })

  test('suggests titles while typing, as an ARIA combobox used with the keyboard', async ({ page }) => {
    await page.goto('/kennisbank')
    const box = page.getByRole('combobox', { name: 'Zoek in de kennisbank' })
    await expect(box).toHaveAttribute('aria-expanded', 'false') // enhanced once JavaScript runs
    await box.pressSequentially('ervaren brede welv', { delay: 30 })
    const listbox = page.getByRole('listbox', { name: 'Suggesties' })
    await expect(listbox).toBeVisible()
    await expect(box).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('ArrowDown')
    const first = listbox.getByRole('option').first()
    await expect(first).toHaveAttribute('aria-selected', 'true')
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!)
    await expectAccessible(page)
    await page.keyboard.press('Escape')
    await expect(listbox).toBeHidden()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/kennisbank\/ervaren-brede-welvaart/)
  })

  test('finds the housing article for "huisvesting", a word it does not contain (editors\' synonyms)', async ({ page }) => {
    await page.goto('/kennisbank?zoekterm=huisvesting')
    await expect(page.locator('.card').filter({ hasText: 'Brede welvaart en de woningopgave' })).toBeVisible()
    await expect(page.locator('.card mark').first()).toBeVisible()
  })

  test('with nothing found, shows the chosen filters in words and one-click ways to a wider search', async ({ page }) => {
    await page.goto('/kennisbank?zoekterm=welvaart&thema=wonen&jaar=1999')
    await expect(page.locator('.results-count')).toContainText('0 kennisitems gevonden')
    // The chosen values read as words, not as codes.
    await expect(page.getByLabel('Thema').locator('option:checked')).toHaveText(/^Wonen \(\d+\)$/)
    await expect(page.getByLabel('Jaar').locator('option:checked')).toHaveText('1999 (0)')
    const waysOut = page.getByRole('region', { name: 'Zo vindt u wel iets' })
    const withoutYear = waysOut.getByRole('link', { name: 'Zonder het filter jaar “1999”' })
    await expect(withoutYear).toBeVisible()
    const offered = Number((await withoutYear.locator('xpath=..').textContent())!.match(/\((\d+) kennisitem/)![1])
    expect(offered).toBeGreaterThan(0)
    await withoutYear.click()
    await expect(page).toHaveURL(/thema=wonen/)
    await expect(page).not.toHaveURL(/jaar=/)
    await expect(page.locator('.results-count')).toContainText(`${offered} kennisitem`)
    await page.goto('/kennisbank?zoekterm=welvaart&thema=wonen&jaar=1999')
    await expectAccessible(page)
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('searches, filters and pages with a plain form', async ({ page }) => {
      await page.goto('/kennisbank')
      await expect(page.getByRole('searchbox', { name: 'Zoek in de kennisbank' })).toBeVisible()
      await page.getByRole('searchbox', { name: 'Zoek in de kennisbank' }).fill('brede welvaart')
      await page.getByRole('button', { name: 'Toon resultaten' }).click()
      await expect(page).toHaveURL(/zoekterm=brede\+welvaart/)
      await expect(page.locator('.results-count')).toContainText('voor “brede welvaart”')
      await expect(page.getByRole('searchbox', { name: 'Zoek in de kennisbank' })).toHaveValue('brede welvaart')
      await page.goto('/zoeken?zoekterm=werksessie')
      await expect(page.locator('.results-count')).toContainText('Bijeenkomst')
    })
  })
})
