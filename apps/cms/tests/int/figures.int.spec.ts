/**
 * Figures: editors import CBS files over real HTTP (multipart, as the admin sends them) and straight
 * from CBS's OData (a local server replays CBS's answers); a re-import updates instead of adding, and
 * a bad file is refused with a report and changes nothing.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fixture, startCbsServer, type CbsServer } from '../fixtures/cbs/server'
import { cmsUrl, http, localApi, requiredEnv, unique } from './helpers'

let payload: Payload
let editorToken: string
let theme: number

beforeAll(async () => {
  payload = await localApi()
  editorToken = (await http.login(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))).token!
  theme = (await payload.find({ collection: 'themes', limit: 1 })).docs[0]!.id
})

async function newIndicator(extra: Record<string, unknown> = {}) {
  const title = unique('Werkloosheid')
  const doc = await payload.create({
    collection: 'indicators',
    data: { title, slug: title.toLowerCase(), theme, description: 'Het deel van de beroepsbevolking zonder werk.', unit: '%', decimals: 1, direction: 'lower', source: 'CBS', licence: 'cc-by-4.0', ...extra },
  })
  return doc.id
}

/** What the admin sends: the file and the other fields as `_payload`. */
async function upload(indicator: number, name: string, content: string | Buffer, fields: Record<string, unknown> = {}, token: string | null = editorToken) {
  const form = new FormData()
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: 'text/csv' }), name)
  form.append('_payload', JSON.stringify({ indicator, format: 'csv', ...fields }))
  const response = await fetch(`${cmsUrl()}/api/figure-imports`, { method: 'POST', body: form, headers: token ? { authorization: `JWT ${token}` } : {} })
  return { status: response.status, body: await response.json() }
}

async function stored(indicator: number) {
  const { docs } = await payload.find({ collection: 'observations', where: { indicator: { equals: indicator } }, pagination: false, depth: 1, sort: 'id' })
  return docs
    .map((doc) => `${typeof doc.region === 'object' ? doc.region.cbsCode : doc.region} ${doc.year} ${doc.value} ${doc.status}`)
    .sort()
}

describe('importing a StatLine CSV file', () => {
  it('stores the values once: a second import changes nothing, a changed value is updated, a new one added', async () => {
    const indicator = await newIndicator()
    const first = await upload(indicator, `${unique('werkloosheid')}.csv`, fixture('statline-70072ned.csv'), { measure: 'Werkloosheid_2' })
    expect(first.status).toBe(201)
    expect(first.body.doc).toMatchObject({ result: 'imported', added: 8, updated: 0, unchanged: 0, skipped: 1, rejected: 0 })
    expect(first.body.doc.report).toContain('Ingelezen: 8 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 1 zonder waarde overgeslagen.')
    expect(first.body.doc.report).toContain('- regel 7: Geen waarde voor PV30 in 2023 (“.”).')
    expect(await stored(indicator)).toEqual([
      'CR35 2021 4 definitive',
      'CR35 2022 3.3 definitive',
      'CR35 2023 3.2 definitive',
      'NL01 2021 4.2 definitive',
      'NL01 2022 3.5 definitive',
      'NL01 2023 3.6 definitive',
      'PV30 2021 3.8 definitive',
      'PV30 2022 3.1 definitive',
    ])

    const again = await upload(indicator, `${unique('werkloosheid')}.csv`, fixture('statline-70072ned.csv'), { measure: 'Werkloosheid_2' })
    expect(again.body.doc).toMatchObject({ result: 'imported', added: 0, updated: 0, unchanged: 8 })
    expect(await stored(indicator)).toHaveLength(8)

    const revised = fixture('statline-70072ned.csv').replace('"PV30    ";"2023JJ00";"2626210";"."', '"PV30    ";"2023JJ00";"2626210";"3,0"').replace('"CR35    ";"2022JJ00";"512312";"3,3"', '"CR35    ";"2022JJ00";"512312";"3,4"')
    const third = await upload(indicator, `${unique('werkloosheid')}.csv`, revised, { measure: 'Werkloosheid_2' })
    expect(third.body.doc).toMatchObject({ result: 'imported', added: 1, updated: 1, unchanged: 7, skipped: 0 })
    expect(await stored(indicator)).toContain('PV30 2023 3 definitive')
    expect(await stored(indicator)).toContain('CR35 2022 3.4 definitive')
    expect(await stored(indicator)).toHaveLength(9)
  })

  it('refuses a bad file with a report that names each line, and leaves the stored figures as they were', async () => {
    const indicator = await newIndicator()
    await upload(indicator, `${unique('basis')}.csv`, fixture('statline-export.csv'))
    const before = await stored(indicator)
    expect(before).toEqual(['PV30 2021 87.1 definitive', 'PV30 2022 86.4 provisional', 'PV30 2023 86.9 revised-provisional'])

    const cases: [string, string, string][] = [
      ['wrong columns', '"Gemeente naam";"Jaar";"Waarde"\r\n"Breda";"2022";"1,5"\r\n', 'regel 1: De kolom met perioden ontbreekt (kopje “Perioden”).'],
      ['a value that is no number', '"RegioS";"Perioden";"Waarde"\r\n"PV30  ";"2021JJ00";"80,0"\r\n"PV30  ";"2022JJ00";"hoog"\r\n', 'regel 3: “hoog” is geen getal (gebruik bijvoorbeeld 87,9).'],
      ['an unknown region code', '"RegioS";"Perioden";"Waarde"\r\n"PV30  ";"2021JJ00";"80,0"\r\n"GM9999";"2022JJ00";"81,0"\r\n', 'regel 3: Regiocode “GM9999” is onbekend in de kennisbank; voeg de regio toe of haal de regel weg.'],
      ['a region twice in one year', '"RegioS";"Perioden";"Waarde"\r\n"PV30  ";"2021JJ00";"80,0"\r\n"PV30";"2021JJ00";"81,0"\r\n', 'regel 3: PV30 in 2021 staat ook al op regel 2.'],
      ['a file that is no text', '"RegioS";"Perioden";"Waarde"\r\n"PV30  ";"2021JJ00";"80,0\u0000"\r\n', 'Het bestand is geen tekstbestand; sla het op als CSV.'],
    ]
    for (const [name, content, line] of cases) {
      const answer = await upload(indicator, `${unique('fout')}.csv`, content)
      expect(answer.status, name).toBe(201)
      expect(answer.body.doc, name).toMatchObject({ result: 'refused', added: 0, updated: 0 })
      expect(answer.body.doc.report, name).toContain(line)
      expect(answer.body.doc.report, name).toMatch(/^Niet ingelezen: .*Er is niets veranderd/)
      expect(await stored(indicator), name).toEqual(before)
    }
    // A zip file named .csv: Payload recognises it by its content and refuses it.
    const zip = await upload(indicator, `${unique('zip')}.csv`, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]))
    expect(zip.status).toBe(400)
    expect(await stored(indicator)).toEqual(before)
  })

  it('reads a file that Excel saved in Windows-1252', async () => {
    const indicator = await newIndicator()
    const text = '"Regio\'s";"Perioden";"Tevredenheid (%) – geheel"\r\n"PV30";"2022JJ00";"86,4"\r\n'
    const answer = await upload(indicator, `${unique('excel')}.csv`, Buffer.from(text.replace('–', '\x96'), 'latin1'))
    expect(answer.body.doc).toMatchObject({ result: 'imported', added: 1 })
  })

  it('refuses a file of 50 MB (and one of 12 MB) before reading it, with a Dutch message, and stores no import', async () => {
    const indicator = await newIndicator()
    const line = '"PV30  ";"2021JJ00";"80,0"\r\n'
    const huge = await upload(indicator, `${unique('groot')}.csv`, Buffer.alloc(50 * 1024 * 1024, line))
    expect(huge.status).toBe(413)
    expect(huge.body.errors[0].message).toBe('Het bestand is te groot: een bestand mag hoogstens 20 MB zijn. Er is niets veranderd.')
    const large = await upload(indicator, `${unique('groot')}.csv`, Buffer.alloc(12 * 1024 * 1024, line))
    expect(large.status).toBe(413)
    expect(large.body.errors[0].message).toBe('Het bestand is te groot (12 MB); een import mag hoogstens 10 MB zijn. Er is niets veranderd.')
    expect(await stored(indicator)).toEqual([])
    expect((await payload.find({ collection: 'figure-imports', where: { indicator: { equals: indicator } } })).totalDocs).toBe(0)
  })
})

describe('importing from CBS OData', () => {
  let cbs: CbsServer
  const saved = { v3: process.env.CBS_ODATA_V3_URL, v4: process.env.CBS_ODATA_V4_URL }
  beforeAll(async () => {
    cbs = await startCbsServer()
    process.env.CBS_ODATA_V3_URL = cbs.v3
    process.env.CBS_ODATA_V4_URL = cbs.v4
  })
  afterAll(async () => {
    process.env.CBS_ODATA_V3_URL = saved.v3
    process.env.CBS_ODATA_V4_URL = saved.v4
    await cbs.close()
  })

  it('v3 and v4 give the same figures, with CBS’s statuses; the table and measure come from the indicator', async () => {
    const v3 = await newIndicator({ sourceTable: '70072ned', sourceMeasure: 'Werkloosheid_2' })
    const done = await payload.create({ collection: 'figure-imports', data: { indicator: v3, format: 'odata-v3' } })
    expect(done).toMatchObject({ result: 'imported', added: 8, skipped: 1, table: '70072ned', measure: 'Werkloosheid_2' })
    const v4 = await newIndicator()
    const done4 = await payload.create({ collection: 'figure-imports', data: { indicator: v4, format: 'odata-v4', table: '70072NED', measure: 'M001282' } })
    expect(done4).toMatchObject({ result: 'imported', added: 8, skipped: 1 })
    expect(await stored(v4)).toEqual(await stored(v3))
    expect(await stored(v3)).toContain('NL01 2022 3.5 revised-provisional')
    expect(await stored(v3)).toContain('CR35 2023 3.2 provisional')
    // Every region the kennisbank knows is asked for, padded keys or not.
    const asked = cbs.requests.find((url) => url.pathname.endsWith('/TypedDataSet'))!
    expect(asked.searchParams.get('$filter')).toContain("startswith(RegioS,'PV30')")
    expect(asked.searchParams.get('$filter')).toContain("startswith(RegioS,'GM0855')")
  })

  it('reports an unknown table or an unreachable CBS, and changes nothing', async () => {
    const indicator = await newIndicator()
    const unknown = await payload.create({ collection: 'figure-imports', data: { indicator, format: 'odata-v3', table: '12345ned', measure: 'Werkloosheid_2' } })
    expect(unknown).toMatchObject({ result: 'refused', added: 0 })
    expect(unknown.report).toMatch(/^Niet ingelezen: CBS kent deze tabel of kolom niet \(404/)
    process.env.CBS_ODATA_V4_URL = 'http://127.0.0.1:9/CBS'
    const down = await payload.create({ collection: 'figure-imports', data: { indicator, format: 'odata-v4', table: '70072NED', measure: 'M001282' } })
    process.env.CBS_ODATA_V4_URL = cbs.v4
    expect(down.report).toMatch(/^Niet ingelezen: CBS is niet bereikbaar/)
    const missing = await payload.create({ collection: 'figure-imports', data: { indicator, format: 'odata-v3' } })
    expect(missing.report).toBe('Niet ingelezen: Vul de tabel en de kolom in, hier of bij de indicator. Er is niets veranderd.')
    expect(await stored(indicator)).toEqual([])
  })
})

describe('who may do what with figures', () => {
  it('anyone reads indicators and observations; only editors see imports; nobody anonymous writes', async () => {
    expect((await http.get('/api/observations?limit=1')).status).toBe(200)
    expect((await http.get('/api/indicators?limit=1')).status).toBe(200)
    expect((await http.get('/api/figure-imports')).status).toBe(403)
    expect((await http.get('/api/figure-imports', editorToken)).status).toBe(200)
    const indicator = (await payload.find({ collection: 'indicators', limit: 1 })).docs[0]!.id
    const region = (await payload.find({ collection: 'regions', limit: 1 })).docs[0]!.id
    expect((await http.send('POST', '/api/observations', { indicator, region, year: 2001, value: 1 })).status).toBe(403)
    expect((await upload(indicator, `${unique('anoniem')}.csv`, fixture('statline-export.csv'), {}, null)).status).toBe(403)
    const patched = await http.send('PATCH', `/api/observations?where[indicator][equals]=${indicator}`, { value: 0 })
    expect(patched.status === 403 || patched.body.docs?.length === 0).toBe(true)
    expect((await http.send('DELETE', `/api/indicators/${indicator}`)).status).toBe(403)
  })
})
