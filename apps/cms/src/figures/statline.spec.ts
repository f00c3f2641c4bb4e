import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fixture, startCbsServer, type CbsServer } from '../../tests/fixtures/cbs/server'
import { readODataV3, readODataV4, readStatlineCsv, SourceError } from './statline'

const regions = ['NL01', 'PV30', 'CR35']
const figures = (rows: { region: string; year: number; value: number; status: string }[]) => rows.map(({ region, year, value, status }) => `${region} ${year} ${value} ${status}`)

describe('StatLine CSV', () => {
  it('reads a CBS open-data file: padded region codes, JJ00 periods, decimal comma, a missing value, a BOM', () => {
    const read = readStatlineCsv(fixture('statline-70072ned.csv'), 'Werkloosheid_2')
    expect(read.problems).toEqual([])
    expect(figures(read.rows)).toEqual([
      'NL01 2021 4.2 definitive',
      'NL01 2022 3.5 definitive',
      'NL01 2023 3.6 definitive',
      'PV30 2021 3.8 definitive',
      'PV30 2022 3.1 definitive',
      'CR35 2021 4 definitive',
      'CR35 2022 3.3 definitive',
      'CR35 2023 3.2 definitive',
    ])
    expect(read.skipped).toEqual([{ line: 7, message: 'Geen waarde voor PV30 in 2023 (“.”).' }])
  })

  it('reads StatLine’s own export: titles with "*" for provisional figures and a status column', () => {
    const read = readStatlineCsv(fixture('statline-export.csv'))
    expect(read.problems).toEqual([])
    expect(figures(read.rows)).toEqual(['PV30 2021 87.1 definitive', 'PV30 2022 86.4 provisional', 'PV30 2023 86.9 revised-provisional'])
  })

  it('needs to be told which column holds the values when there are several, and names them', () => {
    const read = readStatlineCsv(fixture('statline-70072ned.csv'))
    expect(read.rows).toEqual([])
    expect(read.problems).toEqual([{ line: 1, message: 'Kies welke kolom de waarden bevat (veld Kolom): “TotaleBevolking_1”, “Werkloosheid_2”.' }])
    expect(readStatlineCsv(fixture('statline-70072ned.csv'), 'Werkloosheid').problems[0]!.message).toBe(
      'De kolom “Werkloosheid” staat niet in het bestand. Kolommen: “TotaleBevolking_1”, “Werkloosheid_2”.',
    )
  })

  it('names every unusable line: wrong columns, a value that is no number, a period that is not a year', () => {
    expect(readStatlineCsv('"Naam";"Jaar";"Waarde"\n"Breda";"2022";"1"\n').problems.map((p) => p.message)).toEqual([
      'De kolom met regiocodes ontbreekt (kopje “RegioS” of “Regio’s”).',
      'De kolom met perioden ontbreekt (kopje “Perioden”).',
    ])
    const read = readStatlineCsv('"RegioS";"Perioden";"Waarde"\n"PV30";"2022JJ00";"veel"\n"PV30";"2022KW01";"1,5"\n"PV30";"2022JJ00"\n"";"2021JJ00";"2"\n"PV30";"twintig";"2"\n')
    expect(read.rows).toEqual([])
    expect(read.problems).toEqual([
      { line: 2, message: '“veel” is geen getal (gebruik bijvoorbeeld 87,9).' },
      { line: 3, message: 'Periode “2022KW01” is geen heel jaar; alleen jaarcijfers (zoals 2022JJ00) worden ingelezen.' },
      { line: 4, message: 'Deze regel heeft 2 kolommen in plaats van 3.' },
      { line: 5, message: 'De regiocode ontbreekt.' },
      { line: 6, message: 'Periode “twintig” wordt niet herkend; verwacht is een jaar zoals 2022JJ00 of 2022.' },
    ])
  })

  it('refuses what is no CSV of figures at all', () => {
    expect(readStatlineCsv('').problems[0]!.line).toBe(1)
    expect(readStatlineCsv('just one line').problems.length).toBe(1)
    expect(readStatlineCsv('"RegioS";"Perioden";"Waarde"\n').problems).toEqual([{ line: 2, message: 'Het bestand bevat geen regels met cijfers.' }])
    expect(readStatlineCsv('"RegioS";"Perioden";"Waarde"\n"PV30;"2022JJ00";"1"\n"x').problems[0]!.message).toMatch(/geen geldig CSV-bestand/)
  })
})

describe('CBS OData', () => {
  let cbs: CbsServer
  beforeAll(async () => {
    cbs = await startCbsServer()
  })
  afterAll(() => cbs.close())

  it('v3: follows the next-page link, takes statuses from Perioden, skips a missing value, asks only for the regions it knows', async () => {
    cbs.requests.length = 0
    const read = await readODataV3({ baseUrl: cbs.v3, table: '70072ned', measure: 'Werkloosheid_2', regions })
    expect(read.problems).toEqual([])
    expect(figures(read.rows)).toEqual([
      'NL01 2021 4.2 definitive',
      'NL01 2022 3.5 revised-provisional',
      'NL01 2023 3.6 provisional',
      'PV30 2021 3.8 definitive',
      'PV30 2022 3.1 revised-provisional',
      'CR35 2021 4 definitive',
      'CR35 2022 3.3 revised-provisional',
      'CR35 2023 3.2 provisional',
    ])
    expect(read.skipped.map((s) => s.message)).toEqual(['Geen waarde voor PV30 in 2023.'])
    const first = cbs.requests.find((url) => url.pathname.endsWith('/TypedDataSet') && !url.searchParams.has('$skiptoken'))!
    expect(first.searchParams.get('$select')).toBe('RegioS,Perioden,Werkloosheid_2')
    expect(first.searchParams.get('$filter')).toBe("(startswith(RegioS,'NL01') or startswith(RegioS,'PV30') or startswith(RegioS,'CR35'))")
    expect(cbs.requests.some((url) => url.searchParams.get('$skiptoken') === '3')).toBe(true)
  })

  it('v4: reads Observations of one measure, with ValueAttribute for missing values and statuses from PeriodenCodes', async () => {
    cbs.requests.length = 0
    const read = await readODataV4({ baseUrl: cbs.v4, table: '70072NED', measure: 'M001282', regions })
    expect(read.problems).toEqual([])
    expect(figures(read.rows)).toContain('NL01 2023 3.6 provisional')
    expect(figures(read.rows)).toContain('CR35 2021 4 definitive')
    expect(read.rows).toHaveLength(8)
    expect(read.skipped.map((s) => s.message)).toEqual(['Geen waarde voor PV30 in 2023.'])
    const asked = cbs.requests.find((url) => url.pathname.endsWith('/Observations'))!
    expect(asked.searchParams.get('$filter')).toMatch(/^Measure eq 'M001282' and \(startswith\(RegioS,'NL01'\)/)
  })

  it('says in Dutch what went wrong: an unknown table, an unreachable server, input that could reach into the query', async () => {
    await expect(readODataV3({ baseUrl: cbs.v3, table: '99999ned', measure: 'Werkloosheid_2', regions })).rejects.toThrow(/CBS kent deze tabel of kolom niet \(404/)
    await expect(readODataV4({ baseUrl: 'http://127.0.0.1:9', table: '70072NED', measure: 'M001282', regions })).rejects.toThrow(/CBS is niet bereikbaar/)
    await expect(readODataV3({ baseUrl: cbs.v3, table: '70072ned', measure: "x') or (1 eq 1", regions })).rejects.toBeInstanceOf(SourceError)
    await expect(readODataV3({ baseUrl: cbs.v3, table: '../etc', measure: 'Werkloosheid_2', regions })).rejects.toThrow(/geen CBS-tabelnummer/)
  })
})
