import path from 'node:path'

import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook, type CollectionConfig } from 'payload'

import { isEditor } from '../access/roles'
import { env } from '../env'
import { knownRegions, refusedReport, storeFigures, type ImportReport } from '../figures/import'
import { SourceError, readODataV3, readODataV4, readStatlineCsv, type ReadResult } from '../figures/statline'
import { messages } from '../messages'

/** A CSV file of CBS is a few hundred kilobytes for all of Brabant; ten megabytes leaves room for every municipality of the country. */
export const maxImportBytes = 10 * 1024 * 1024

export const importFormats = [
  { label: 'CSV-bestand van CBS StatLine', value: 'csv' },
  { label: 'CBS OData v3 (opendata.cbs.nl)', value: 'odata-v3' },
  { label: 'CBS OData v4 (odata4.cbs.nl)', value: 'odata-v4' },
]

/** UTF-8, as CBS's open data is; a file saved by Excel in Windows-1252 is read as such. */
function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data)
  } catch {
    return new TextDecoder('windows-1252').decode(data)
  }
}

/** A file that is too large is refused before anything is read or stored. */
const checkFile: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.file) return
  // Payload has replaced req.file.size by now (it is set for images only); the bytes tell.
  const size = req.file.data?.length || Number(data?.filesize) || 0
  // With data, Payload answers the message itself (without it, a minified build loses the message).
  if (size > maxImportBytes) throw new APIError(messages.figures.tooLarge(size, maxImportBytes), 413, { size, limit: maxImportBytes }, true)
}

/** Reads the figures (file or CBS) and stores them in the same transaction as the import's record. */
const runImport: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const indicatorId = typeof data.indicator === 'object' && data.indicator ? data.indicator.id : data.indicator
  const indicator = await req.payload.findByID({ collection: 'indicators', id: indicatorId, depth: 0, req, disableErrors: true })
  if (!indicator) throw new APIError(messages.figures.unknownIndicator, 400, { indicator: indicatorId }, true)
  const regionIds = await knownRegions(req)
  let report: ImportReport
  try {
    let read: ReadResult
    if (data.format === 'csv') {
      if (!req.file) throw new SourceError(messages.figures.fileMissing)
      const text = decodeText(req.file.data)
      if (text.includes('\u0000')) throw new SourceError(messages.figures.notText)
      read = readStatlineCsv(text, data.measure)
    } else {
      const table = (data.table || indicator.sourceTable || '').trim()
      const measure = (data.measure || indicator.sourceMeasure || '').trim()
      if (!table || !measure) throw new SourceError(messages.figures.tableMissing)
      data.table = table
      data.measure = measure
      const source = { table, measure, regions: [...regionIds.keys()] }
      read = data.format === 'odata-v4' ? await readODataV4({ ...source, baseUrl: env.cbsODataV4Url }) : await readODataV3({ ...source, baseUrl: env.cbsODataV3Url })
    }
    report = await storeFigures(req, indicator.id, read, regionIds)
  } catch (error) {
    if (!(error instanceof SourceError)) throw error
    report = refusedReport(error.message)
  }
  return { ...data, ...report }
}

/**
 * An import of figures for one indicator, kept as a record with its report: from a CSV file that CBS
 * StatLine exports, or straight from CBS's OData API (the base URLs are configuration: CBS_ODATA_V3_URL,
 * CBS_ODATA_V4_URL). Only editors see imports; the figures themselves are public once imported.
 */
export const FigureImports: CollectionConfig = {
  slug: 'figure-imports',
  labels: { singular: 'Import van cijfers', plural: 'Imports van cijfers' },
  admin: {
    group: 'Cijfers',
    useAsTitle: 'filename',
    defaultColumns: ['indicator', 'format', 'result', 'added', 'updated', 'rejected', 'createdAt'],
    description: 'Lees cijfers in uit een CSV-bestand van CBS StatLine of rechtstreeks van CBS. Waarden die er al zijn worden bijgewerkt, niet dubbel opgeslagen. Een bestand met een fout verandert niets.',
  },
  access: { read: isEditor, create: isEditor, update: () => false, delete: isEditor },
  upload: {
    staticDir: path.join(env.mediaDir, 'imports'),
    mimeTypes: ['text/csv', 'text/plain', 'application/vnd.ms-excel'],
    filesRequiredOnCreate: false,
    bulkUpload: false,
    pasteURL: false,
    focalPoint: false,
    crop: false,
  },
  hooks: { beforeValidate: [checkFile], beforeChange: [runImport] },
  fields: [
    { name: 'indicator', label: 'Indicator', type: 'relationship', relationTo: 'indicators', required: true },
    { name: 'format', label: 'Bron', type: 'radio', required: true, defaultValue: 'csv', options: importFormats },
    {
      type: 'row',
      fields: [
        {
          name: 'table',
          label: 'Tabel',
          type: 'text',
          maxLength: 40,
          admin: { condition: (data) => data.format !== 'csv', description: 'Leeg: de tabel van de indicator.' },
        },
        {
          name: 'measure',
          label: 'Kolom',
          type: 'text',
          maxLength: 120,
          admin: { description: 'De kolom met de waarden (kopje in het bestand, of de code bij OData). Leeg: de enige kolom met waarden, of die van de indicator.' },
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Resultaat',
      admin: { condition: (data) => Boolean(data.result) },
      fields: [
        {
          name: 'result',
          label: 'Resultaat',
          type: 'select',
          options: [
            { label: 'Ingelezen', value: 'imported' },
            { label: 'Niet ingelezen', value: 'refused' },
          ],
          admin: { readOnly: true },
        },
        {
          type: 'row',
          fields: [
            { name: 'added', label: 'Toegevoegd', type: 'number', admin: { readOnly: true } },
            { name: 'updated', label: 'Bijgewerkt', type: 'number', admin: { readOnly: true } },
            { name: 'unchanged', label: 'Ongewijzigd', type: 'number', admin: { readOnly: true } },
            { name: 'skipped', label: 'Zonder waarde', type: 'number', admin: { readOnly: true } },
            { name: 'rejected', label: 'Niet bruikbaar', type: 'number', admin: { readOnly: true } },
          ],
        },
        { name: 'report', label: 'Verslag', type: 'textarea', admin: { readOnly: true, rows: 12 } },
      ],
    },
  ],
}
