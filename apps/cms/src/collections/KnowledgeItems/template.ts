// The structured template of a knowledge item (after the Dutch knowledge banks: aim, target group,
// approach, results, conditions, costs, contact, sources) and what each type needs before it is
// published. Payload validates only on publish: a draft may be incomplete.
import { contactRequired, itemSections, knowledgeTypes, labelOf, requiredSections } from '@kennisbank/types/vocabularies'
import type { Field, RelationshipFieldValidation, Validate } from 'payload'
import { relationship } from 'payload/shared'

type ItemData = { type?: string; regionScope?: string } | undefined

const typeOf = (data: unknown) => (data as ItemData)?.type ?? ''
const needs = (data: unknown, section: string) => (requiredSections[typeOf(data)] ?? []).includes(section as never)

/** A section the item's type requires must be filled in before publishing. */
const requiredForType =
  (section: string, label: string): Validate<string | null | undefined> =>
  (value, { data }) =>
    needs(data, section) && !value?.trim() ? `Vul “${label}” in: dat is verplicht voor een ${labelOf(knowledgeTypes, typeOf(data)).toLowerCase()} voordat die gepubliceerd wordt.` : true

/** The sections as a tab of their own, in the portal's order. */
export const templateTab = {
  label: 'Opbouw',
  description: 'De vaste onderdelen van een kennisitem. Welke verplicht zijn, hangt af van de soort; een concept mag onvolledig zijn.',
  fields: [
    {
      name: 'template',
      label: false,
      type: 'group',
      fields: itemSections.map(
        (section): Field => ({
          name: section.name,
          label: section.label,
          type: 'textarea',
          maxLength: 4000,
          admin: { description: section.help, rows: 4 },
          validate: requiredForType(section.name, section.label),
        }),
      ),
    },
  ] as Field[],
}

/** Practice examples and tools name a contact (a person or an organisation) before they are published. */
export const contactNameRequired: Validate<string | null | undefined> = (value, { data, siblingData }) =>
  contactRequired.includes(typeOf(data)) && !value?.trim() && !(siblingData as { organisation?: unknown } | undefined)?.organisation
    ? 'Vul een contactpersoon of organisatie in: dat is verplicht voor praktijkvoorbeelden en instrumenten.'
    : true

export const evidenceRequired: Validate<string | null | undefined> = (value) =>
  value ? true : 'Kies de onderbouwing: waar rust deze kennis op? Dat is verplicht voor publiceren.'

export const audienceRequired: Validate<string[] | null | undefined> = (value) =>
  value?.length ? true : 'Kies voor wie dit kennisitem is (doelgroep). Dat is verplicht voor publiceren.'

/**
 * "Bepaalde regio's of gemeenten" needs at least one; "Heel Noord-Brabant" needs none. Then Payload's own
 * check of a relationship (the regions exist and pass the field's filterOptions), which a custom
 * `validate` would otherwise replace.
 */
export const regionsForScope: RelationshipFieldValidation = (value, options) =>
  (options.data as ItemData)?.regionScope === 'regions' && !(Array.isArray(value) && value.length)
    ? 'Kies minstens één regio of gemeente, of zet “Geldt voor” op heel Noord-Brabant.'
    : relationship(value, options)
