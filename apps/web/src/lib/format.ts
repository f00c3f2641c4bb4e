const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })

/** "11 juli 2023" for an ISO date, or an empty string. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date)
}

export const knowledgeTypeLabels: Record<string, string> = {
  article: 'Artikel',
  lesson: 'Geleerde les',
  tool: 'Instrument / tool',
  'practice-example': 'Praktijkvoorbeeld',
  research: 'Onderzoek / publicatie',
  media: 'Video / podcast',
}
