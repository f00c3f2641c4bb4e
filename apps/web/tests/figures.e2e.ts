// The figures pages as a policy officer uses them: the overview, an indicator with its chart and data
// table, the comparison of regions, a theme page, the downloads — without JavaScript, and accessible.
import { expect, test, type Page } from '@playwright/test'

import { expectAccessible } from './helpers'

const indicator = '/cijfers/tevredenheid-met-het-leven'

/** The points of the chart that is shown (narrow or wide), as "region year value". */
async function chartPoints(page: Page) {
  const svg = page.locator('figure.chart svg.chart__svg:visible')
  await expect(svg).toHaveCount(1)
  return svg.locator('circle').evaluateAll((circles) => circles.map((c) => `${c.getAttribute('data-region')} ${c.getAttribute('data-year')} ${c.getAttribute('data-value')}`).sort())
}

/** The cells of the table under the chart, as "region year value". */
async function tablePoints(page: Page) {
  const table = page.getByRole('table', { name: /per jaar/ })
  const regions = await table.locator('thead th').allInnerTexts()
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())))
  return rows.flatMap(([year, ...cells]) => cells.flatMap((cell, i) => (cell === '–' ? [] : [`${regions[i + 1]!.trim()} ${year!.replace(/ \(voorlopig\)$/, '')} ${cell}`]))).sort()
}

test.describe('figures', () => {
  for (const width of [375, 1280]) {
    test(`the overview, an indicator page and a theme page, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })

      await page.goto('/cijfers')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cijfers over brede welvaart')
      await expect(page.getByText('Cijfers met het label “Voorbeeldcijfers”')).toBeVisible()
      const row = page.getByRole('row', { name: /Tevredenheid met het leven/ })
      await expect(row.getByText('Voorbeeldcijfers')).toBeVisible()
      await expect(row.getByRole('cell').nth(2)).toHaveText(/^(▲ beter dan in|▼ slechter dan in|= gelijk aan) 2022$/)
      // The one real figure keeps its source and is not called an example.
      await expect(page.getByRole('row', { name: /Rapportcijfer voor het eigen leven/ })).toContainText('7,6 rapportcijfer (1-10) (2022)')
      await expect(page.getByRole('row', { name: /Rapportcijfer voor het eigen leven/ }).getByText('Voorbeeldcijfers')).toHaveCount(0)
      await expectAccessible(page)

      await row.getByRole('link', { name: 'Tevredenheid met het leven' }).click()
      await expect(page).toHaveURL(indicator)
      await expect(page.getByRole('note')).toContainText('Voorbeeldcijfers.')
      // The chart's points are the table's values, for every region and year.
      const points = await chartPoints(page)
      expect(points.length).toBe(6 * 5)
      expect(points).toEqual(await tablePoints(page))
      // Its text alternative names the figure and the years; the source is cited.
      const chart = page.locator('figure.chart svg.chart__svg:visible')
      await expect(chart).toHaveAccessibleName('Lijndiagram: Tevredenheid met het leven, 2019 tot en met 2023')
      await expect(chart).toHaveAccessibleDescription(/^Noord-Brabant van .* in 2019 naar .* in 2023; Nederland van/)
      // Each chart cites its source and period.
      await expect(page.locator('section:has(#verloop) p.meta')).toContainText('Bron: CBS, Regionale Monitor Brede Welvaart (voorbeeldcijfers), 2019–2023.')
      await expect(page.locator('section:has(#vergelijking) p.meta')).toContainText('Bron: CBS, Regionale Monitor Brede Welvaart (voorbeeldcijfers), 2023.')
      // The comparison of regions: sorted, with the Dutch figure marked, equal to its table.
      const bars = page.locator('figure.bars g.bars__row')
      const values = await bars.evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-value')!.replace(',', '.'))))
      expect(values.length).toBe(4)
      expect(values).toEqual([...values].sort((a, b) => b - a))
      const comparison = page.getByRole('table', { name: /van hoog naar laag/ })
      await expect(comparison.locator('tbody tr')).toHaveCount(5)
      await expect(page.locator('figure.bars .bars__reference text')).toContainText('Nederland: ')
      await expectAccessible(page)

      await page.getByRole('link', { name: 'gemeenten', exact: true }).click()
      await expect(page).toHaveURL(`${indicator}?vergelijk=gemeenten#vergelijking`)
      expect(await page.locator('figure.bars g.bars__row').count()).toBeGreaterThanOrEqual(7)
      await expect(page.getByRole('img', { name: /per gemeente in 2023/ })).toBeVisible()
      // The tile map shows the same municipalities with the same values as the bars.
      const byRegion = (selector: string) =>
        page.locator(selector).evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-region')} ${n.getAttribute('data-value')}`).sort())
      expect(await byRegion('figure.tiles li')).toEqual(await byRegion('figure.bars g.bars__row'))
      await expect(page.getByRole('region', { name: /^Tegelkaart \(2023\): elke gemeente/ })).toBeVisible()

      // Cijfers en kennis op één plek: the theme's knowledge on the indicator page, its figures on the theme page.
      await expect(page.getByRole('heading', { name: /Cijfers en kennis op één plek/ })).toBeVisible()
      await page.getByRole('link', { name: /Alles over subjectief welzijn/ }).click()
      await expect(page.getByRole('heading', { name: 'Cijfers bij dit thema' })).toBeVisible()
      await expect(page.getByRole('row', { name: /Tevredenheid met het leven/ })).toBeVisible()
      await expectAccessible(page)
    })
  }

  test('a region page: each figure of West-Brabant next to Noord-Brabant and the Netherlands in the same year', async ({ page }) => {
    await page.goto('/cijfers')
    await page.getByRole('region', { name: 'Cijfers per regio en gemeente' }).getByRole('link', { name: 'West-Brabant' }).click()
    await expect(page).toHaveURL('/cijfers/regio/west-brabant')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cijfers van West-Brabant')
    const table = page.getByRole('table', { name: 'Subjectief welzijn' })
    await expect(table.locator('thead th')).toHaveText(['Indicator', 'West-Brabant', 'Noord-Brabant', 'Nederland', 'Ontwikkeling'])
    const row = table.getByRole('row', { name: /Tevredenheid met het leven/ })
    await expect(row.getByRole('cell').nth(0)).toContainText('(2023, voorlopig)')
    await expect(row.getByRole('cell').nth(1)).toContainText('(2023, voorlopig)')
    // The region's own figure equals the one on the indicator page.
    const own = (await row.getByRole('cell').nth(0).innerText()).split(/\s/)[0]
    await page.goto(indicator)
    await expect(page.getByRole('table', { name: /per jaar/ }).getByRole('row', { name: /^2023/ })).toContainText(own!)
    await page.goto('/cijfers/regio/west-brabant')
    await expectAccessible(page)
    expect((await page.request.get('/cijfers/regio/nederland')).status()).toBe(404)
    expect((await page.request.get('/cijfers/regio/bestaat-niet')).status()).toBe(404)
  })

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('the charts are in the page as sent by the server, equal to their tables', async ({ page }) => {
      await page.goto(indicator)
      const points = await chartPoints(page)
      expect(points.length).toBe(30)
      expect(points).toEqual(await tablePoints(page))
      await expect(page.locator('figure.bars g.bars__row')).toHaveCount(4)
    })
  })

  test('downloads: CSV, JSON and a DCAT catalogue with the same values', async ({ request }) => {
    const csv = await request.get(`${indicator}.csv`)
    expect(csv.status()).toBe(200)
    expect(csv.headers()['content-type']).toContain('text/csv')
    const lines = (await csv.text()).trim().split('\r\n')
    expect(lines[0]).toBe('indicator,regio,regiocode,jaar,waarde,eenheid,status')
    const json = (await (await request.get(`${indicator}.json`)).json()) as { indicator: { voorbeeldcijfers: boolean; licentie: string }; observations: { regiocode: string; jaar: number; waarde: number }[] }
    expect(json.indicator.voorbeeldcijfers).toBe(true)
    expect(json.indicator.licentie).toBe('https://creativecommons.org/licenses/by/4.0/deed.nl')
    expect(json.observations.length).toBe(lines.length - 1)
    const brabant2022 = json.observations.find((row) => row.regiocode === 'PV30' && row.jaar === 2022)!
    expect(lines).toContain(`tevredenheid-met-het-leven,Noord-Brabant,PV30,2022,${brabant2022.waarde},%,definitief`)

    const catalogue = await request.get('/cijfers/catalogus.jsonld')
    expect(catalogue.headers()['content-type']).toContain('application/ld+json')
    const body = (await catalogue.json()) as { '@type': string; 'dcat:dataset': { 'dct:title': string; 'dct:license': { '@id': string }; 'dcat:distribution': { 'dcat:downloadURL': { '@id': string }; 'dcat:mediaType': string }[] }[] }
    expect(body['@type']).toBe('dcat:Catalog')
    expect(body['dcat:dataset'].length).toBeGreaterThanOrEqual(12)
    const dataset = body['dcat:dataset'].find((d) => d['dct:title'] === 'Tevredenheid met het leven')!
    expect(dataset['dcat:distribution'].map((d) => [new URL(d['dcat:downloadURL']['@id']).pathname, d['dcat:mediaType']])).toEqual([
      [`${indicator}.csv`, 'text/csv'],
      [`${indicator}.json`, 'application/json'],
    ])
    expect((await request.get('/cijfers/bestaat-niet')).status()).toBe(404)
    expect((await request.get('/cijfers/bestaat-niet.csv')).status()).toBe(404)
    expect((await request.get(`${indicator}?vergelijk=provincies`)).status()).toBe(400)
  })
})
