// Demo provincial programmes in the learning approach. Names are examples, not the province's official programme list.
export type ProgrammeSeed = {
  slug: string
  title: string
  summary: string
  description: string
  themes: string[]
  contact?: { name: string; email: string }
  status: 'published' | 'draft'
}

export const programmes: ProgrammeSeed[] = [
  {
    slug: 'economie-en-innovatie',
    title: 'Economie en innovatie',
    summary: 'Hoe stuur je op een economie die bijdraagt aan brede welvaart, en niet alleen aan groei?',
    description: `Het programma werkt aan een Brabantse economie die goed werk, innovatie en een gezonde leefomgeving samen brengt.

## Wat de werksessies opleverden
In drie werksessies vertaalde het programmateam de thema’s van de Monitor Brede Welvaart naar de eigen subsidieregelingen. De vraag was steeds: welke effecten op *later* en *elders* nemen we mee als we een regeling beoordelen?`,
    themes: ['materiele-welvaart', 'arbeid-en-vrije-tijd', 'later'],
    contact: { name: 'Programmasecretariaat Economie', email: 'economie@example.org' },
    status: 'published',
  },
  {
    slug: 'wonen-en-leefomgeving',
    title: 'Wonen en leefomgeving',
    summary: 'Woningbouw en leefbaarheid in samenhang: van aantallen naar kwaliteit van wonen.',
    description: `Het programma kijkt naar wonen als meer dan het aantal gebouwde woningen: betaalbaarheid, de buurt, groen en voorzieningen horen erbij.

## Lerende aanpak
Het team gebruikt de thema’s *wonen*, *samenleving* en *milieu* om plannen van gemeenten samen te bespreken.`,
    themes: ['wonen', 'samenleving', 'milieu'],
    status: 'published',
  },
  {
    slug: 'energietransitie',
    title: 'Energietransitie',
    summary: 'De overstap naar duurzame energie zo inrichten dat iedereen mee kan doen.',
    description: `De energietransitie raakt alle perspectieven van brede welvaart: de rekening van huishoudens nu, het klimaat voor later en grondstoffen van elders.

## Focus
Het programma besteedt in de werksessies aandacht aan energiearmoede en aan lokaal eigendom van energieprojecten.`,
    themes: ['materiele-welvaart', 'later', 'elders'],
    status: 'published',
  },
  {
    slug: 'natuur-water-en-landbouw',
    title: 'Natuur, water en landbouw',
    summary: 'Een vitaal landelijk gebied: natuurherstel, schoon water en toekomst voor boeren.',
    description: `Het programma zoekt naar afwegingen waarin natuurlijk kapitaal, het inkomen van agrariërs en de leefbaarheid van dorpen samen worden bekeken.`,
    themes: ['milieu', 'later', 'samenleving'],
    status: 'published',
  },
  {
    slug: 'mobiliteit',
    title: 'Mobiliteit',
    summary: 'Bereikbaarheid als middel: wie kan waar komen, en tegen welke prijs voor gezondheid en milieu?',
    description: `Mobiliteit bepaalt of mensen werk, school en zorg kunnen bereiken. Het programma gebruikt brede welvaart om ook effecten op gezondheid en veiligheid mee te wegen.`,
    themes: ['arbeid-en-vrije-tijd', 'gezondheid', 'veiligheid'],
    status: 'published',
  },
  {
    slug: 'sociale-veerkracht',
    title: 'Sociale veerkracht',
    summary: 'Sterke gemeenschappen en gezonde inwoners, met oog voor wie achterblijft.',
    description: `Het programma werkt met gemeenten en maatschappelijke organisaties aan gezondheid, meedoen en verbondenheid.

## Geleerde lessen
De werksessies lieten zien dat de ervaren brede welvaart van inwoners zelf een belangrijke aanvulling is op de cijfers.`,
    themes: ['gezondheid', 'samenleving', 'subjectief-welzijn'],
    status: 'published',
  },
  {
    slug: 'cultuur-en-erfgoed',
    title: 'Cultuur en erfgoed',
    summary: 'Wat cultuur en erfgoed bijdragen aan welzijn en samenleven in Brabant.',
    description: `Het programma onderzoekt hoe cultuurdeelname en erfgoed bijdragen aan subjectief welzijn en sociale samenhang.`,
    themes: ['subjectief-welzijn', 'samenleving'],
    status: 'published',
  },
  {
    slug: 'arbeidsmarkt-en-onderwijs-concept',
    title: 'Arbeidsmarkt en onderwijs (concept)',
    summary: 'Dit programma is nog in voorbereiding en niet gepubliceerd.',
    description: 'Conceptbeschrijving: nog niet openbaar.',
    themes: ['arbeid-en-vrije-tijd'],
    status: 'draft',
  },
]
