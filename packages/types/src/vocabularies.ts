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

/** What the knowledge rests on, after the quality levels of Dutch intervention databases. */
export const evidenceLevels: Option[] = [
  { label: 'Praktijkervaring', value: 'practice' },
  { label: 'Goed beschreven', value: 'described' },
  { label: 'Theoretisch onderbouwd', value: 'substantiated' },
  { label: 'Effect onderzocht', value: 'effect-studied' },
]

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
