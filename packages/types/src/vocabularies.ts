// Fixed vocabularies of the content model. Values are stable English keys; labels are what editors and visitors read.
export type Option = { label: string; value: string }

export const knowledgeTypes: Option[] = [
  { label: 'Artikel', value: 'article' },
  { label: 'Geleerde les', value: 'lesson' },
  { label: 'Instrument / tool', value: 'tool' },
  { label: 'Praktijkvoorbeeld', value: 'practice-example' },
  { label: 'Onderzoek / publicatie', value: 'research' },
  { label: 'Video / podcast', value: 'media' },
]

export const audiences: Option[] = [
  { label: 'Gemeenten', value: 'municipalities' },
  { label: 'Provincie', value: 'province' },
  { label: 'Maatschappelijke organisaties', value: 'civil-society' },
  { label: 'Onderwijs- en kennisinstellingen', value: 'knowledge-institutions' },
  { label: 'Bedrijven', value: 'businesses' },
  { label: 'Inwoners', value: 'residents' },
]

export const perspectives: Option[] = [
  { label: 'Hier en nu', value: 'here-and-now' },
  { label: 'Later', value: 'later' },
  { label: 'Elders', value: 'elsewhere' },
]

/**
 * What an item's knowledge rests on: the kennisbank's own levels, assigned by its editors. Not the
 * formal quality levels of RIVM or Movisie (nobody here assesses items the way their committees do),
 * and explained to visitors on /kennisbank/onderbouwing.
 */
export const evidenceLevels: (Option & { description: string })[] = [
  {
    label: 'Ervaring uit de praktijk',
    value: 'practice',
    description: 'Beschreven door wie het deed, op één plek. Nog niet herhaald of geëvalueerd: een voorbeeld om van te leren, geen bewijs dat het elders ook werkt.',
  },
  {
    label: 'Op meer plekken gedaan',
    value: 'repeated',
    description: 'In meer dan één gemeente, regio of programma gedaan, en de ervaringen zijn naast elkaar gelegd. Wat overeenkomt, is waarschijnlijk niet toevallig.',
  },
  {
    label: 'Geëvalueerd',
    value: 'evaluated',
    description: 'Doelen en resultaten zijn gemeten of met een vaste methode geëvalueerd, en het verslag daarvan is beschikbaar.',
  },
  {
    label: 'Gebaseerd op onderzoek',
    value: 'research',
    description: 'Rust op wetenschappelijk onderzoek of officiële statistiek, zoals de monitors brede welvaart van het CBS. De bron staat bij het item.',
  },
]

/** Where an item applies: all of Noord-Brabant (also when an editor names no region), or the regions named. */
export const regionScopes: Option[] = [
  { label: 'Heel Noord-Brabant', value: 'brabant' },
  { label: "Bepaalde regio's of gemeenten", value: 'regions' },
]

/** The fixed sections of a knowledge item, in the order the portal shows them (after the Dutch knowledge banks). */
export const itemSections = [
  { name: 'background', label: 'Aanleiding', help: 'Waarom begon dit? Welke vraag of welk probleem lag er?' },
  { name: 'aim', label: 'Doel', help: 'Wat moest het opleveren, en voor wie?' },
  { name: 'targetGroup', label: 'Doelgroep', help: 'Voor wie is dit bedoeld, en wie deden mee?' },
  { name: 'approach', label: 'Aanpak', help: 'Wat is er gedaan, in welke stappen? Bij een instrument: hoe gebruik je het?' },
  { name: 'results', label: 'Resultaat', help: 'Wat leverde het op? Noem cijfers waar je ze hebt, en wat nog niet bekend is.' },
  { name: 'whatWorked', label: 'Wat werkte en wat niet', help: 'De lessen: wat zou je weer zo doen, en wat anders?' },
  { name: 'conditions', label: 'Randvoorwaarden', help: 'Wat is nodig om dit elders te doen: mensen, mandaat, samenwerking, gegevens?' },
  { name: 'costs', label: 'Kosten en tijd', help: 'Wat kostte het aan geld en uren, en hoe lang duurde het?' },
  { name: 'sources', label: 'Bronnen', help: 'Rapporten, websites of gesprekken waar dit op rust; één per regel.' },
] as const
export type ItemSection = (typeof itemSections)[number]['name']

/** Per type, the sections an item needs before it can be published (a draft may be incomplete). */
export const requiredSections: Record<string, readonly ItemSection[]> = {
  lesson: ['background', 'approach', 'whatWorked'],
  'practice-example': ['background', 'aim', 'targetGroup', 'approach', 'results', 'conditions'],
  tool: ['aim', 'targetGroup', 'approach', 'costs'],
  research: ['aim', 'results', 'sources'],
  article: [],
  media: [],
}

/** Types whose items name a contact (person or organisation) before they are published. */
export const contactRequired: readonly string[] = ['practice-example', 'tool']

export const eventTypes: Option[] = [
  { label: 'Werksessie', value: 'work-session' },
  { label: 'Kennissessie', value: 'knowledge-session' },
  { label: 'Praktijksessie', value: 'practice-session' },
  { label: 'Webinar', value: 'webinar' },
  { label: 'Week van de Brede Welvaart', value: 'week' },
]

export const organisationKinds: Option[] = [
  { label: 'Gemeente', value: 'municipality' },
  { label: 'Provincie', value: 'province' },
  { label: 'Kennisinstelling', value: 'knowledge-institution' },
  { label: 'Maatschappelijke organisatie', value: 'civil-society' },
  { label: 'Bedrijf', value: 'business' },
  { label: 'Overheidsorganisatie', value: 'government-agency' },
  { label: 'Netwerk of samenwerkingsverband', value: 'network' },
]

export const regionKinds: Option[] = [
  { label: 'Provincie', value: 'province' },
  { label: 'Regio', value: 'region' },
  { label: 'Gemeente', value: 'municipality' },
  { label: 'Land', value: 'country' },
]

/** Whether a rise of an indicator is good news; it decides how a trend is told. */
export const indicatorDirections: Option[] = [
  { label: 'Hoger is beter', value: 'higher' },
  { label: 'Lager is beter', value: 'lower' },
  { label: 'Geen oordeel', value: 'neutral' },
]

/** Licences of figures (open data); CBS publishes under CC BY 4.0. */
export const licences: (Option & { url: string })[] = [
  { label: 'CC BY 4.0 (naamsvermelding)', value: 'cc-by-4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
  { label: 'CC0 1.0 (publiek domein)', value: 'cc0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl' },
]

/** The status of an observation, as CBS marks periods. */
export const observationStatuses: Option[] = [
  { label: 'Definitief', value: 'definitive' },
  { label: 'Voorlopig', value: 'provisional' },
  { label: 'Nader voorlopig', value: 'revised-provisional' },
]

/** The Dutch label of a vocabulary value; the value itself when it is unknown. */
export function labelOf(options: Option[], value: string | null | undefined): string {
  return options.find((option) => option.value === value)?.label ?? value ?? ''
}

/** Where a registration for an event stands. */
export const registrationStatuses: Option[] = [
  { label: 'Aangemeld', value: 'confirmed' },
  { label: 'Wachtlijst', value: 'waiting' },
  { label: 'Afgemeld', value: 'cancelled' },
]
