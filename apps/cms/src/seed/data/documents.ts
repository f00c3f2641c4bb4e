// Downloadable demo documents (generated as small PDFs by the seed) and illustrations.
export type DocumentSeed = { key: string; title: string; paragraphs: string[] }

export const documents: DocumentSeed[] = [
  {
    key: 'werkblad-brede-welvaart-gesprek',
    title: 'Werkblad: het brede-welvaartgesprek',
    paragraphs: [
      'Gebruik dit werkblad in een werksessie van 90 minuten met een programmateam.',
      'Stap 1. Kies een besluit of regeling die binnenkort op tafel ligt.',
      'Stap 2. Loop de acht thema’s van hier en nu langs: welke worden geraakt, positief of negatief?',
      'Stap 3. Kijk naar later en elders: gaat het resultaat ten koste van volgende generaties of van mensen elders?',
      'Stap 4. Spreek af welke informatie ontbreekt en wie die ophaalt.',
    ],
  },
  {
    key: 'checklist-beleidsnota',
    title: 'Checklist: brede welvaart in een beleidsnota',
    paragraphs: [
      'Staat in de nota welk probleem voor inwoners wordt opgelost, en voor wie?',
      'Zijn effecten op de thema’s van de Monitor Brede Welvaart benoemd, ook als ze klein of onzeker zijn?',
      'Is aangegeven wie de kosten draagt en wie de baten heeft?',
      'Zijn effecten op later (kapitaal) en elders (handel, grondstoffen) meegewogen?',
      'Is afgesproken hoe en wanneer het effect wordt gevolgd?',
    ],
  },
  {
    key: 'handreiking-regionale-monitor',
    title: 'Handreiking: werken met de Regionale Monitor Brede Welvaart',
    paragraphs: [
      'De Regionale Monitor Brede Welvaart van het CBS verschijnt sinds november 2020 jaarlijks, begin december.',
      'De monitor bevat meer dan veertig indicatoren voor gemeenten, COROP-regio’s en provincies.',
      'Deze handreiking helpt om de cijfers van de eigen gemeente te lezen en te vergelijken met de regio.',
    ],
  },
  {
    key: 'gespreksleidraad-inwoners',
    title: 'Gespreksleidraad: ervaren brede welvaart met inwoners',
    paragraphs: [
      'Vraag inwoners niet naar brede welvaart, maar naar hun dagelijks leven: wat gaat goed, waar maakt u zich zorgen over?',
      'Noteer de antwoorden per thema en bespreek ze daarna met het team naast de cijfers.',
    ],
  },
  {
    key: 'verslag-week-2023',
    title: 'Terugblik Week van de Brede Welvaart 2023',
    paragraphs: [
      'In november 2023 stond een week lang brede welvaart in Brabant op de agenda, met bijeenkomsten voor partners, gemeenten en de provincie.',
      'Dit document vat de belangrijkste gesprekken en afspraken samen.',
    ],
  },
]
