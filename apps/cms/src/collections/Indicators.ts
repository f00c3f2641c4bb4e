import type { CollectionConfig } from 'payload'

import { indicatorDirections, licences } from '@kennisbank/types/vocabularies'

import { anyone, isEditor } from '../access/roles'
import { joinFrom, relatesTo } from '../fields/relations'
import { slug } from '../fields/slug'
import { urlField } from '../fields/url'

/**
 * A broad-prosperity figure: what it measures and where it comes from. Its values per region and
 * year are observations (collection `observations`), imported from CBS open data (`figure-imports`).
 */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: { singular: 'Indicator', plural: 'Indicatoren' },
  admin: { useAsTitle: 'title', group: 'Cijfers', defaultColumns: ['title', 'theme', 'unit', 'sourceTable'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'title',
  fields: [
    { name: 'title', label: 'Naam', type: 'text', required: true, maxLength: 200 },
    slug(),
    // Required in the form; the column stays nullable so that indicators from before themes were required keep working.
    { ...relatesTo('theme', 'themes', 'Thema', { hasMany: false }), validate: (value: unknown) => (value ? true : 'Kies het thema van deze indicator.') },
    {
      name: 'description',
      label: 'Omschrijving',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      admin: { description: 'Wat het cijfer meet, in een of twee zinnen die een bezoeker begrijpt.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'unit', label: 'Eenheid', type: 'text', required: true, maxLength: 60, admin: { description: 'Bijvoorbeeld: %, rapportcijfer (1-10), euro, jaren' } },
        { name: 'decimals', label: 'Decimalen', type: 'number', required: true, defaultValue: 1, min: 0, max: 3, admin: { description: 'Hoeveel cijfers achter de komma de site toont.' } },
        {
          name: 'direction',
          label: 'Wanneer is het beter?',
          type: 'select',
          required: true,
          defaultValue: 'higher',
          options: indicatorDirections,
          admin: { description: 'Bepaalt of een stijging als beter of slechter wordt getoond.' },
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Bron',
      fields: [
        { name: 'source', label: 'Bron', type: 'text', required: true, maxLength: 300, admin: { description: 'Bijvoorbeeld: CBS, Regionale Monitor Brede Welvaart' } },
        {
          type: 'row',
          fields: [
            { name: 'sourceTable', label: 'Tabel', type: 'text', maxLength: 40, admin: { description: 'De tabel van CBS StatLine, zoals 70072ned.' } },
            { name: 'sourceMeasure', label: 'Onderwerp (kolom)', type: 'text', maxLength: 120, admin: { description: 'De kolom of maatcode in die tabel, zoals M000352.' } },
          ],
        },
        urlField('sourceUrl', 'Webadres van de bron'),
        urlField('definitionUrl', 'Webadres van de definitie'),
        { name: 'licence', label: 'Licentie', type: 'select', required: true, defaultValue: 'cc-by-4.0', options: licences },
        {
          name: 'exampleData',
          label: 'Voorbeeldcijfers',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'Aan voor cijfers die alleen ter illustratie zijn ingevuld; de site toont ze dan als voorbeeld en niet als echte cijfers.' },
        },
      ],
    },
    joinFrom('observations', 'observations', 'indicator', 'Waarden'),
  ],
}
