// Demo knowledge items. Facts about the CBS monitors and the Brabant survey come from shared/docs/DOMAIN.md;
// the practice examples and lessons are example content written for this kennisbank.
export type KnowledgeItemSeed = {
  slug: string
  title: string
  type: 'article' | 'lesson' | 'tool' | 'practice-example' | 'research' | 'media'
  summary: string
  body: string
  themes: string[]
  programmes?: string[]
  regions?: string[]
  organisations?: string[]
  audience: string[]
  perspective: string[]
  evidence?: 'practice' | 'repeated' | 'evaluated' | 'research'
  links?: { label: string; url: string }[]
  attachments?: string[]
  contact?: { name: string; role?: string; organisation?: string; email?: string }
  publishedAt: string
  status?: 'published' | 'draft'
  /** A newer, unpublished edit on top of the published version. */
  pendingDraftTitle?: string
}

/** Whom to ask about an example item: the editors of the kennisbank (not a person who does not exist). */
export const editorialContact = { name: 'Redactie Kennisbank Brede Welvaart', role: 'Redactie', organisation: 'zet', email: 'redactie@example.org' }

const monitorLinks = [
  { label: 'CBS: Monitor Brede Welvaart & SDG’s', url: 'https://longreads.cbs.nl' },
  { label: 'Regionale Monitor Brede Welvaart', url: 'https://www.krachtvanderegio.nl' },
]
const brabantLink = { label: 'Provincie Noord-Brabant over brede welvaart', url: 'https://www.brabant.nl/bredewelvaart' }
const ponTelosLink = { label: 'Het PON & Telos', url: 'https://www.hetpon-telos.nl' }

export const knowledgeItems: KnowledgeItemSeed[] = [
  {
    slug: 'wat-is-brede-welvaart',
    title: 'Wat is brede welvaart?',
    type: 'article',
    summary: 'Brede welvaart gaat over de kwaliteit van leven hier en nu, en over de vraag of die ten koste gaat van later of van mensen elders.',
    body: `Brede welvaart kijkt verder dan economische groei. Het gaat om alles wat mensen van waarde vinden: gezondheid, goed wonen, werk, sociale contacten, een veilige en schone omgeving.

## Drie perspectieven
De Monitor Brede Welvaart van het CBS kijkt vanuit drie perspectieven:

- **hier en nu**: hoe het met de kwaliteit van leven gesteld is, in acht thema’s;
- **later**: of we genoeg economisch, natuurlijk, menselijk en sociaal kapitaal doorgeven aan volgende generaties;
- **elders**: welke invloed onze welvaart heeft op mensen in de rest van de wereld.

## Waarom het ertoe doet
Wie beleid maakt vanuit brede welvaart, ziet effecten die anders buiten beeld blijven. Een maatregel die de economie helpt maar de gezondheid schaadt, telt dan niet alleen als winst.`,
    themes: ['subjectief-welzijn', 'materiele-welvaart', 'later', 'elders'],
    regions: ['noord-brabant'],
    organisations: ['cbs'],
    audience: ['municipalities', 'province', 'civil-society', 'residents'],
    perspective: ['here-and-now', 'later', 'elsewhere'],
    evidence: 'repeated',
    links: monitorLinks,
    publishedAt: '2023-09-04',
  },
  {
    slug: 'de-monitor-brede-welvaart-van-het-cbs',
    title: 'De Monitor Brede Welvaart van het CBS',
    type: 'article',
    summary: 'Sinds 2018 publiceert het CBS elk jaar op Verantwoordingsdag de Monitor Brede Welvaart. Wat staat erin en hoe lees je hem?',
    body: `Het CBS publiceert de Monitor Brede Welvaart sinds 2018 elk jaar op Verantwoordingsdag. Sinds de editie van 2019 is de monitor verbonden met de Sustainable Development Goals (SDG’s) van de Verenigde Naties.

## Gebaseerd op internationale afspraken
De monitor volgt de aanbevelingen van de Conference of European Statisticians (CES), die voortbouwen op het werk van Stiglitz, Sen en Fitoussi over het meten van welvaart voorbij het bbp.

## Zo lees je het dashboard
Per indicator toont het CBS een trend: groen als het beter gaat, rood als het slechter gaat en grijs als er geen duidelijke verandering is. Ook laat de monitor zien hoe Nederland scoort in vergelijking met andere landen in de Europese Unie.`,
    themes: ['subjectief-welzijn', 'materiele-welvaart', 'later', 'elders'],
    organisations: ['cbs'],
    audience: ['municipalities', 'province', 'knowledge-institutions'],
    perspective: ['here-and-now', 'later', 'elsewhere'],
    evidence: 'repeated',
    links: monitorLinks,
    publishedAt: '2023-09-18',
  },
  {
    slug: 'de-regionale-monitor-brede-welvaart',
    title: 'De Regionale Monitor Brede Welvaart',
    type: 'article',
    summary: 'Met de Regionale Monitor vergelijk je brede welvaart tussen gemeenten, regio’s en provincies.',
    body: `Het CBS publiceerde de Regionale Monitor Brede Welvaart voor het eerst in november 2020. Sindsdien verschijnt hij elk jaar, begin december.

## Wat erin staat
De monitor bevat ruim veertig indicatoren (42 in de editie van 2023) voor gemeenten, COROP-regio’s en provincies, met een kaart en de mogelijkheid om regio’s te vergelijken.

## Codes die je tegenkomt
Het CBS gebruikt vaste regiocodes: Noord-Brabant is **PV30**, Nederland **NL01**. Gemeenten hebben een code die begint met GM en COROP-regio’s een code die begint met CR.`,
    themes: ['subjectief-welzijn', 'wonen', 'gezondheid'],
    regions: ['noord-brabant'],
    organisations: ['cbs'],
    audience: ['municipalities', 'province', 'knowledge-institutions'],
    perspective: ['here-and-now'],
    evidence: 'repeated',
    links: monitorLinks,
    attachments: ['handreiking-regionale-monitor'],
    publishedAt: '2023-10-02',
  },
  {
    slug: 'brabant-in-de-regionale-monitor-2023',
    title: 'Brabant in de Regionale Monitor 2023',
    type: 'research',
    summary: 'In de editie van 2023 scoort Noord-Brabant op acht indicatoren van ‘hier en nu’ in het beste kwart van de provincies, en op één in het laagste kwart.',
    body: `In het hoofdstuk over brede welvaart van *De regionale economie 2023* vergelijkt het CBS de provincies.

## De uitkomst voor Brabant
Noord-Brabant hoort op acht indicatoren van ‘hier en nu’ bij het kwart van de provincies met de hoogste score, en op één indicator bij het kwart met de laagste score.

## Ter vergelijking
Utrecht staat op vijftien indicatoren in het hoogste kwart en op twee in het laagste. Groningen staat op geen enkele indicator in het hoogste kwart en op zeventien in het laagste.

## Wat je ermee kunt
De vergelijking laat zien waar Brabant relatief sterk staat en waar aandacht nodig is. Kijk voor de afzonderlijke indicatoren in de Regionale Monitor zelf.`,
    themes: ['subjectief-welzijn', 'materiele-welvaart', 'gezondheid'],
    regions: ['noord-brabant'],
    organisations: ['cbs'],
    audience: ['province', 'municipalities', 'knowledge-institutions'],
    perspective: ['here-and-now'],
    evidence: 'research',
    links: [{ label: 'CBS', url: 'https://www.cbs.nl' }, ...monitorLinks],
    publishedAt: '2024-01-15',
  },
  {
    slug: 'ervaren-brede-welvaart-in-brabant',
    title: 'Ervaren Brede Welvaart in Brabant',
    type: 'research',
    summary: 'Ruim 10.000 Brabanders vertelden hoe zij hun leven ervaren. Gemiddeld geven ze hun leven een 7,6.',
    body: `De provincie liet samen met Het PON & Telos onderzoeken hoe Brabanders zelf hun brede welvaart ervaren. Meer dan 10.000 volwassenen deden mee; het veldwerk vond plaats in het najaar van 2022.

## Wat er gevraagd is
De vragenlijst volgt de acht thema’s van de CBS-monitor en vraagt daarnaast naar zorgen over de toekomst en naar de bereidheid om zelf iets te doen.

## De belangrijkste uitkomst
Brabanders geven hun leven gemiddeld een **7,6**. De resultaten zijn gepubliceerd op 11 juli 2023.

## Waarom ervaring ertoe doet
Cijfers over omstandigheden zeggen niet alles. Hoe mensen hun leven zelf beoordelen, laat zien wat er voor hen echt toe doet.`,
    themes: ['subjectief-welzijn', 'samenleving'],
    programmes: ['sociale-veerkracht'],
    regions: ['noord-brabant'],
    organisations: ['het-pon-telos', 'provincie-noord-brabant'],
    audience: ['province', 'municipalities', 'civil-society', 'residents'],
    perspective: ['here-and-now'],
    evidence: 'research',
    links: [ponTelosLink, brabantLink],
    publishedAt: '2023-07-11',
  },
  {
    slug: 'staat-van-brabant-en-brede-welvaart',
    title: 'De Staat van Brabant en brede welvaart',
    type: 'research',
    summary: 'De provinciale Staat van Brabant gebruikt indicatoren uit de Regionale Monitor Brede Welvaart.',
    body: `De provincie brengt in de *Staat van Brabant* in beeld hoe Brabant ervoor staat. Daarbij hergebruikt zij indicatoren van de Regionale Monitor Brede Welvaart van het CBS.

## Eén taal
Doordat provincie en CBS dezelfde indicatoren gebruiken, kunnen gemeenten en partners hun eigen cijfers leggen naast die van de provincie.`,
    themes: ['materiele-welvaart', 'wonen', 'milieu'],
    regions: ['noord-brabant'],
    organisations: ['provincie-noord-brabant', 'cbs'],
    audience: ['province', 'municipalities'],
    perspective: ['here-and-now', 'later'],
    evidence: 'repeated',
    links: [brabantLink],
    publishedAt: '2024-02-05',
  },
  {
    slug: 'les-begin-bij-een-concreet-besluit',
    title: 'Les: begin bij een concreet besluit, niet bij het begrip',
    type: 'lesson',
    summary: 'Werksessies over brede welvaart werken het best als het team een besluit meebrengt dat binnenkort valt.',
    body: `In de eerste werksessies begonnen we met uitleg over het begrip brede welvaart. Deelnemers vonden het interessant, maar wisten daarna niet wat ze anders moesten doen.

## Wat we veranderden
We vragen teams nu om een concreet besluit mee te nemen: een subsidieregeling, een uitvoeringsagenda, een investering. Daarop passen we de thema’s toe.

## Resultaat
Het gesprek wordt concreter en sneller. Teams zien zelf welke effecten ze nog niet in beeld hadden.`,
    themes: ['subjectief-welzijn'],
    programmes: ['economie-en-innovatie', 'mobiliteit'],
    organisations: ['zet', 'provincie-noord-brabant'],
    audience: ['province', 'municipalities'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    attachments: ['werkblad-brede-welvaart-gesprek'],
    contact: { name: 'Team lerende aanpak', role: 'Procesbegeleiding', organisation: 'zet', email: 'bredewelvaart@example.org' },
    publishedAt: '2024-03-11',
  },
  {
    slug: 'les-maak-later-en-elders-concreet',
    title: 'Les: maak ‘later’ en ‘elders’ concreet',
    type: 'lesson',
    summary: 'De perspectieven later en elders blijven abstract, tenzij je ze vertaalt naar vragen over het eigen besluit.',
    body: `Bij ‘hier en nu’ hebben deelnemers snel beelden. Bij ‘later’ en ‘elders’ blijft het gesprek vaak hangen.

## Vragen die helpen
- Welke grondstoffen of producten van buiten Europa zijn nodig voor dit plan?
- Wat laten we achter aan onderhoud, schulden of vervuiling?
- Wie in de volgende generatie merkt dit besluit het meest?

## Let op
Deze vragen leveren niet altijd een antwoord op. Benoem dan wat je niet weet; dat is ook een uitkomst.`,
    themes: ['later', 'elders'],
    programmes: ['energietransitie', 'natuur-water-en-landbouw'],
    organisations: ['zet'],
    audience: ['province', 'municipalities'],
    perspective: ['later', 'elsewhere'],
    evidence: 'practice',
    publishedAt: '2024-04-08',
  },
  {
    slug: 'les-cijfers-en-verhalen-samen',
    title: 'Les: cijfers en verhalen horen bij elkaar',
    type: 'lesson',
    summary: 'Monitorcijfers openen het gesprek; de ervaringen van inwoners maken duidelijk wat ze betekenen.',
    body: `Een programmateam zag in de Regionale Monitor dat een gemeente laag scoorde op het thema samenleving. Pas in gesprekken met inwoners werd duidelijk waarom: het verdwijnen van ontmoetingsplekken.

## Wat we leerden
Cijfers wijzen aan waar je moet kijken. Verhalen van inwoners en professionals laten zien wat er achter zit en wat zou helpen.`,
    themes: ['samenleving', 'subjectief-welzijn'],
    programmes: ['sociale-veerkracht'],
    regions: ['west-brabant'],
    organisations: ['zet', 'gemeente-bergen-op-zoom'],
    audience: ['municipalities', 'civil-society'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    attachments: ['gespreksleidraad-inwoners'],
    publishedAt: '2024-05-13',
  },
  {
    slug: 'les-betrek-uitvoering-vroeg',
    title: 'Les: betrek de uitvoering vanaf het begin',
    type: 'lesson',
    summary: 'Brede welvaart landt pas als de mensen die regelingen uitvoeren meedenken over de criteria.',
    body: `Een beleidsteam had brede welvaart mooi verwerkt in de doelen van een regeling. Bij de beoordeling van aanvragen bleek dat niemand wist hoe die doelen te wegen.

## Wat we nu doen
We nodigen medewerkers uit de uitvoering uit voor de werksessie. Zij vertalen de doelen naar beoordelingsvragen die ze echt kunnen gebruiken.`,
    themes: ['materiele-welvaart', 'arbeid-en-vrije-tijd'],
    programmes: ['economie-en-innovatie'],
    organisations: ['provincie-noord-brabant'],
    audience: ['province'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    publishedAt: '2024-06-10',
  },
  {
    slug: 'les-kies-een-paar-thema-s',
    title: 'Les: kies een paar thema’s en doe die goed',
    type: 'lesson',
    summary: 'Alle thema’s tegelijk meewegen leidt tot een lijst zonder keuzes. Kies de thema’s die het besluit echt raakt.',
    body: `Teams die alle acht thema’s van ‘hier en nu’ plus later en elders willen meenemen, eindigen vaak met een tabel vol vinkjes.

## Beter
Kies twee of drie thema’s waarop het besluit het grootste effect heeft, positief of negatief. Werk die uit, en noem de rest kort.`,
    themes: ['wonen', 'milieu'],
    programmes: ['wonen-en-leefomgeving'],
    organisations: ['zet'],
    audience: ['province', 'municipalities'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    publishedAt: '2024-09-09',
  },
  {
    slug: 'les-eigenaarschap-bij-het-programma',
    title: 'Les: het eigenaarschap ligt bij het programma zelf',
    type: 'lesson',
    summary: 'Een externe begeleider kan het gesprek openen, maar het programma moet de volgende stap zelf zetten.',
    body: `Na een geslaagde werksessie viel de aandacht voor brede welvaart bij sommige teams weer weg. Het verschil zat in wie de afspraken vasthield.

## Wat helpt
- een vaste ‘trekker’ in het team;
- een vervolgafspraak in de agenda vóór de sessie eindigt;
- één concreet product, zoals een aangepaste beoordelingsvraag.`,
    themes: ['samenleving'],
    programmes: ['cultuur-en-erfgoed', 'mobiliteit'],
    organisations: ['zet'],
    audience: ['province'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    publishedAt: '2025-01-20',
  },
  {
    slug: 'werkblad-het-brede-welvaartgesprek',
    title: 'Werkblad: het brede-welvaartgesprek',
    type: 'tool',
    summary: 'Een werkblad voor een sessie van anderhalf uur waarin een team een besluit langs de thema’s van brede welvaart legt.',
    body: `Dit werkblad helpt een team om in vier stappen een besluit te bekijken vanuit brede welvaart.

## Zo gebruik je het
1. Kies een besluit dat binnenkort valt.
2. Loop de acht thema’s van ‘hier en nu’ langs.
3. Kijk naar ‘later’ en ‘elders’.
4. Spreek af welke informatie ontbreekt.

## Benodigd
Het werkblad (pdf), anderhalf uur en iemand die het gesprek leidt.`,
    themes: ['subjectief-welzijn', 'later', 'elders'],
    organisations: ['zet'],
    audience: ['province', 'municipalities', 'civil-society'],
    perspective: ['here-and-now', 'later', 'elsewhere'],
    evidence: 'practice',
    attachments: ['werkblad-brede-welvaart-gesprek'],
    contact: { name: 'Team lerende aanpak', organisation: 'zet', email: 'bredewelvaart@example.org' },
    publishedAt: '2024-02-19',
  },
  {
    slug: 'checklist-brede-welvaart-in-een-beleidsnota',
    title: 'Checklist: brede welvaart in een beleidsnota',
    type: 'tool',
    summary: 'Vijf vragen om te controleren of een beleidsnota de effecten op brede welvaart in beeld brengt.',
    body: `Gebruik deze checklist voordat een nota de organisatie verlaat. Hij vervangt geen analyse, maar laat zien waar die ontbreekt.

## De vijf vragen
- Welk probleem lossen we op, en voor wie?
- Welke thema’s van brede welvaart worden geraakt?
- Wie draagt de kosten, wie heeft de baten?
- Wat betekent het voor later en elders?
- Hoe volgen we het effect?`,
    themes: ['materiele-welvaart', 'later', 'elders'],
    organisations: ['zet', 'provincie-noord-brabant'],
    audience: ['province', 'municipalities'],
    perspective: ['here-and-now', 'later', 'elsewhere'],
    evidence: 'practice',
    attachments: ['checklist-beleidsnota'],
    publishedAt: '2024-04-22',
  },
  {
    slug: 'handreiking-werken-met-de-regionale-monitor',
    title: 'Handreiking: werken met de Regionale Monitor',
    type: 'tool',
    summary: 'Zo lees je de cijfers van je eigen gemeente in de Regionale Monitor Brede Welvaart en vergelijk je ze met de regio.',
    body: `De Regionale Monitor Brede Welvaart is openbaar. Deze handreiking helpt beleidsmedewerkers om er in een uur mee aan de slag te gaan.

## Stappen
1. Zoek je gemeente op met de CBS-code (GM gevolgd door vier cijfers).
2. Vergelijk met de COROP-regio en met Noord-Brabant (PV30).
3. Kies de indicatoren die bij je beleidsvraag horen.

## Open data
De cijfers zijn ook als open data beschikbaar via de OData-koppeling van CBS StatLine, bijvoorbeeld tabel 70072ned (Regionale kerncijfers Nederland).`,
    themes: ['subjectief-welzijn', 'wonen', 'materiele-welvaart'],
    regions: ['noord-brabant'],
    organisations: ['cbs', 'zet'],
    audience: ['municipalities', 'knowledge-institutions'],
    perspective: ['here-and-now'],
    evidence: 'repeated',
    attachments: ['handreiking-regionale-monitor'],
    links: [...monitorLinks, { label: 'CBS StatLine open data (OData)', url: 'https://opendata.cbs.nl/ODataApi/odata/70072ned' }],
    publishedAt: '2024-12-09',
  },
  {
    slug: 'gespreksleidraad-ervaren-brede-welvaart',
    title: 'Gespreksleidraad: ervaren brede welvaart met inwoners',
    type: 'tool',
    summary: 'Vragen en werkwijze om met inwoners te praten over wat voor hen een goed leven is.',
    body: `Inwoners herkennen het woord ‘brede welvaart’ zelden. Deze leidraad vraagt daarom naar het dagelijks leven.

## Werkwijze
Voer gesprekken in kleine groepen, op plekken waar mensen toch al komen. Noteer antwoorden per thema en leg ze naast de cijfers van de monitor.`,
    themes: ['subjectief-welzijn', 'samenleving'],
    programmes: ['sociale-veerkracht'],
    organisations: ['zet'],
    audience: ['municipalities', 'civil-society', 'residents'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    attachments: ['gespreksleidraad-inwoners'],
    publishedAt: '2025-02-17',
  },
  {
    slug: 'afwegingskader-subsidies',
    title: 'Afwegingskader voor subsidieregelingen',
    type: 'tool',
    summary: 'Een kader om bij het ontwerp van een subsidieregeling effecten op brede welvaart af te wegen.',
    body: `Een subsidieregeling stuurt op wat je beloont. Dit kader helpt om brede welvaart in doelen en beoordelingscriteria op te nemen.

## Onderdelen
- doel van de regeling in termen van thema’s;
- beoordelingsvragen per thema;
- een vraag over later en elders;
- afspraken over monitoring.`,
    themes: ['materiele-welvaart', 'arbeid-en-vrije-tijd', 'later'],
    programmes: ['economie-en-innovatie', 'cultuur-en-erfgoed'],
    organisations: ['provincie-noord-brabant', 'zet'],
    audience: ['province', 'municipalities'],
    perspective: ['here-and-now', 'later'],
    evidence: 'repeated',
    attachments: ['checklist-beleidsnota'],
    publishedAt: '2025-03-24',
  },
  {
    slug: 'praktijk-tilburg-brede-welvaart-in-de-begroting',
    title: 'Praktijkvoorbeeld: brede welvaart in de begroting',
    type: 'practice-example',
    summary: 'Hoe een gemeente de thema’s van brede welvaart gebruikt om begrotingsprogramma’s te verbinden (voorbeeld).',
    body: `*Dit is een voorbeeld van hoe een praktijkbeschrijving in de kennisbank eruitziet.*

Een gemeente wilde weten hoe haar begrotingsprogramma’s samen bijdragen aan brede welvaart. Het team koppelde elk programma aan de thema’s van de monitor.

## Aanpak
- per programma een korte analyse van de geraakte thema’s;
- een gezamenlijke sessie met alle programmamanagers;
- een paragraaf brede welvaart in de begroting.

## Wat het opleverde
Programma’s zagen waar ze elkaar versterken en waar ze elkaar in de weg zitten.`,
    themes: ['materiele-welvaart', 'samenleving'],
    regions: ['tilburg'],
    organisations: ['gemeente-tilburg'],
    audience: ['municipalities'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    publishedAt: '2024-07-01',
  },
  {
    slug: 'praktijk-wijkgesprekken-breda',
    title: 'Praktijkvoorbeeld: wijkgesprekken over een goed leven',
    type: 'practice-example',
    summary: 'Inwoners en professionals bespreken per wijk wat bijdraagt aan een goed leven (voorbeeld).',
    body: `*Voorbeeldinhoud.* In een reeks wijkgesprekken gingen inwoners, welzijnswerkers en ambtenaren in gesprek over wat er in hun wijk goed gaat en wat beter kan.

## Werkwijze
De gesprekken volgden de gespreksleidraad ervaren brede welvaart. De uitkomsten zijn per thema samengevat en naast de wijkcijfers gelegd.

## Geleerd
Inwoners noemen vaak ontmoeting en veiligheid eerder dan inkomen.`,
    themes: ['samenleving', 'veiligheid', 'subjectief-welzijn'],
    regions: ['breda'],
    organisations: ['gemeente-breda'],
    audience: ['municipalities', 'civil-society', 'residents'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    publishedAt: '2024-10-14',
  },
  {
    slug: 'praktijk-energiecooperaties-noordoost',
    title: 'Praktijkvoorbeeld: energiecoöperaties en lokaal eigendom',
    type: 'practice-example',
    summary: 'Hoe lokaal eigendom van energieprojecten bijdraagt aan draagvlak en aan de lokale samenleving (voorbeeld).',
    body: `*Voorbeeldinhoud.* Bij een aantal energieprojecten in Noordoost-Brabant zijn inwoners mede-eigenaar via een coöperatie.

## Brede welvaart
Lokaal eigendom raakt meerdere thema’s: inkomen uit opbrengsten, sociale samenhang in het dorp en het klimaat voor later.

## Aandachtspunt
Niet iedereen kan meedoen met een inleg. Let op wie er buiten valt.`,
    themes: ['materiele-welvaart', 'samenleving', 'later'],
    programmes: ['energietransitie'],
    regions: ['noordoost-brabant', 'oss'],
    organisations: ['gemeente-oss'],
    audience: ['municipalities', 'residents', 'businesses'],
    perspective: ['here-and-now', 'later'],
    evidence: 'practice',
    publishedAt: '2024-11-04',
  },
  {
    slug: 'praktijk-gezonde-wijk-helmond',
    title: 'Praktijkvoorbeeld: werken aan een gezonde wijk',
    type: 'practice-example',
    summary: 'Gemeente, GGD en partners werken samen aan gezondheid in een wijk, met brede welvaart als kader (voorbeeld).',
    body: `*Voorbeeldinhoud.* In een wijk met relatief veel gezondheidsproblemen werken gemeente, GGD en maatschappelijke partners samen.

## Aanpak
- ontmoetingsplekken en beweegaanbod dicht bij huis;
- aandacht voor geldzorgen als oorzaak van stress;
- samen met inwoners bepalen wat voorrang krijgt.`,
    themes: ['gezondheid', 'samenleving', 'materiele-welvaart'],
    programmes: ['sociale-veerkracht'],
    regions: ['helmond'],
    organisations: ['gemeente-helmond', 'ggd-hart-voor-brabant'],
    audience: ['municipalities', 'civil-society'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    links: [{ label: 'Loket Gezond Leven', url: 'https://www.loketgezondleven.nl' }],
    publishedAt: '2025-04-14',
  },
  {
    slug: 'praktijk-groene-schoolpleinen',
    title: 'Praktijkvoorbeeld: groene schoolpleinen',
    type: 'practice-example',
    summary: 'Schoolpleinen vergroenen: goed voor spelen, hitte, waterberging en de buurt (voorbeeld).',
    body: `*Voorbeeldinhoud.* Scholen, gemeente en buurtbewoners maken samen van een stenen schoolplein een groene speelplek die na schooltijd open is.

## Waarom brede welvaart
Het plein raakt gezondheid (bewegen), milieu (hitte en water), samenleving (ontmoeting) en later (natuurlijk kapitaal).`,
    themes: ['milieu', 'gezondheid', 'later'],
    regions: ['s-hertogenbosch'],
    organisations: ['gemeente-s-hertogenbosch', 'brabantse-milieufederatie'],
    audience: ['municipalities', 'knowledge-institutions', 'residents'],
    perspective: ['here-and-now', 'later'],
    evidence: 'practice',
    publishedAt: '2025-05-19',
  },
  {
    slug: 'praktijk-werkgevers-en-brede-welvaart',
    title: 'Praktijkvoorbeeld: werkgevers en goed werk',
    type: 'practice-example',
    summary: 'Werkgevers in de regio bespreken wat goed werk betekent voor brede welvaart (voorbeeld).',
    body: `*Voorbeeldinhoud.* In een reeks ontbijtsessies spraken werkgevers over de kwaliteit van werk: zekerheid, ontwikkeling en balans met vrije tijd.

## Opbrengst
Bedrijven zagen dat investeren in hun mensen ook bijdraagt aan de regio.`,
    themes: ['arbeid-en-vrije-tijd', 'materiele-welvaart'],
    programmes: ['economie-en-innovatie'],
    regions: ['zuidoost-brabant', 'eindhoven'],
    organisations: ['brainport-development', 'gemeente-eindhoven'],
    audience: ['businesses', 'municipalities'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    publishedAt: '2025-06-16',
  },
  {
    slug: 'praktijk-mobiliteitsarmoede',
    title: 'Praktijkvoorbeeld: mobiliteitsarmoede in kaart',
    type: 'practice-example',
    summary: 'Wie kan werk, school en zorg niet goed bereiken? Een verkenning in het landelijk gebied (voorbeeld).',
    body: `*Voorbeeldinhoud.* Een verkenning bracht in beeld welke inwoners door gebrek aan vervoer minder kansen hebben.

## Brede welvaart
Bereikbaarheid raakt arbeid, gezondheid en samenleving. Wie geen auto heeft en slecht met het openbaar vervoer kan reizen, doet minder mee.`,
    themes: ['arbeid-en-vrije-tijd', 'samenleving'],
    programmes: ['mobiliteit'],
    regions: ['west-brabant'],
    organisations: ['avans-hogeschool'],
    audience: ['municipalities', 'province', 'knowledge-institutions'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    publishedAt: '2025-09-08',
  },
  {
    slug: 'onderzoek-brede-welvaart-meten-op-wijkniveau',
    title: 'Onderzoek: kun je brede welvaart meten op wijkniveau?',
    type: 'research',
    summary: 'Een verkenning van de mogelijkheden en grenzen van wijkcijfers voor brede welvaart (voorbeeld).',
    body: `*Voorbeeldinhoud.* Gemeenten willen graag weten hoe het met brede welvaart gaat per wijk. De Regionale Monitor gaat niet lager dan de gemeente.

## Bevindingen
Voor een deel van de thema’s zijn wijkcijfers beschikbaar, bijvoorbeeld over wonen en veiligheid. Voor subjectief welzijn is vaak eigen onderzoek nodig.

## Aanbeveling
Combineer beschikbare wijkcijfers met enquêtes en gesprekken.`,
    themes: ['subjectief-welzijn', 'wonen', 'veiligheid'],
    organisations: ['tilburg-university', 'het-pon-telos'],
    audience: ['municipalities', 'knowledge-institutions'],
    perspective: ['here-and-now'],
    evidence: 'research',
    publishedAt: '2025-01-06',
  },
  {
    slug: 'onderzoek-brede-welvaart-en-de-sdgs',
    title: 'Brede welvaart en de SDG’s',
    type: 'research',
    summary: 'Hoe de Monitor Brede Welvaart aansluit op de Sustainable Development Goals.',
    body: `Sinds 2019 verbindt het CBS de Monitor Brede Welvaart met de Sustainable Development Goals van de Verenigde Naties.

## Wat dat betekent
Indicatoren in de monitor zijn gekoppeld aan de SDG’s. Zo zie je hoe Nederlandse welvaart samenhangt met internationale doelen, bijvoorbeeld via het perspectief ‘elders’.`,
    themes: ['elders', 'later'],
    organisations: ['cbs'],
    audience: ['province', 'municipalities', 'knowledge-institutions'],
    perspective: ['later', 'elsewhere'],
    evidence: 'repeated',
    links: monitorLinks,
    publishedAt: '2025-03-03',
  },
  {
    slug: 'onderzoek-kennisbanken-in-het-sociaal-domein',
    title: 'Wat we leren van kennisbanken in het sociaal domein',
    type: 'research',
    summary: 'Interventiedatabases labelen wat de kennis waard is. Wat kan een kennisbank brede welvaart daarvan leren?',
    body: `Bij het ontwerp van deze kennisbank keken we naar bestaande databanken.

## Voorbeelden
- Het RIVM-loket Gezond Leven geeft interventies een erkend kwaliteitsniveau, van *goed beschreven* tot *sterke aanwijzingen voor effectiviteit*, met een eigenaar om contact mee op te nemen.
- De databank Effectieve sociale interventies van Movisie geeft elke interventie een vaste samenvatting met doel, doelgroep, aanpak, werkzame elementen en onderzoek, een gedateerde beoordeling en een praktijkvoorbeeld.
- Wat Werkt in de Wijk van Platform31 laat professionals hun eigen praktijk beschrijven.

## Wat wij overnemen
Elk item in deze kennisbank heeft een label dat zegt waar de kennis op rust: praktijkervaring, goed beschreven, theoretisch onderbouwd of effect onderzocht.`,
    themes: ['samenleving', 'gezondheid'],
    organisations: ['zet'],
    audience: ['civil-society', 'knowledge-institutions', 'municipalities'],
    perspective: ['here-and-now'],
    evidence: 'repeated',
    links: [
      { label: 'Loket Gezond Leven', url: 'https://www.loketgezondleven.nl' },
      { label: 'Movisie', url: 'https://www.movisie.nl' },
      { label: 'Platform31', url: 'https://www.platform31.nl' },
    ],
    publishedAt: '2023-11-06',
  },
  {
    slug: 'video-brede-welvaart-in-drie-minuten',
    title: 'Video: brede welvaart in drie minuten',
    type: 'media',
    summary: 'Een korte uitleg van de drie perspectieven van brede welvaart, bruikbaar als opening van een bijeenkomst (voorbeeld).',
    body: `*Voorbeeldinhoud.* In drie minuten legt deze animatie uit wat brede welvaart is: hier en nu, later en elders.

## Gebruik
Laat de video zien aan het begin van een werksessie of raadsinformatieavond. Bespreek daarna één vraag: welk thema raakt ons besluit het meest?`,
    themes: ['subjectief-welzijn', 'later', 'elders'],
    organisations: ['zet'],
    audience: ['municipalities', 'residents', 'civil-society'],
    perspective: ['here-and-now', 'later', 'elsewhere'],
    evidence: 'practice',
    publishedAt: '2023-11-13',
  },
  {
    slug: 'podcast-gemeenteraad-en-brede-welvaart',
    title: 'Podcast: de gemeenteraad en brede welvaart',
    type: 'media',
    summary: 'Raadsleden praten over hoe ze brede welvaart gebruiken bij de begroting (voorbeeld).',
    body: `*Voorbeeldinhoud.* In deze aflevering vertellen twee raadsleden hoe zij brede welvaart gebruiken bij het bespreken van de begroting.

## Onderwerpen
- welke vragen je als raadslid kunt stellen;
- hoe je de Regionale Monitor gebruikt;
- waarom verhalen van inwoners helpen.`,
    themes: ['samenleving', 'materiele-welvaart'],
    audience: ['municipalities', 'residents'],
    perspective: ['here-and-now'],
    evidence: 'practice',
    publishedAt: '2024-08-26',
  },
  {
    slug: 'webinar-terugkijken-werken-met-de-monitor',
    title: 'Terugkijken: webinar werken met de Regionale Monitor',
    type: 'media',
    summary: 'De opname van een webinar over het gebruik van de Regionale Monitor Brede Welvaart door gemeenten (voorbeeld).',
    body: `*Voorbeeldinhoud.* In dit webinar lieten medewerkers van gemeenten zien hoe zij de Regionale Monitor gebruiken.

## Inhoud
Uitleg over de monitor, een demonstratie van de vergelijking tussen regio’s en vragen van deelnemers.`,
    themes: ['subjectief-welzijn', 'wonen'],
    regions: ['noord-brabant'],
    organisations: ['cbs', 'zet'],
    audience: ['municipalities'],
    perspective: ['here-and-now'],
    evidence: 'repeated',
    links: monitorLinks,
    publishedAt: '2025-01-27',
  },
  {
    slug: 'artikel-brede-welvaart-en-wonen',
    title: 'Brede welvaart en de woningopgave',
    type: 'article',
    summary: 'Meer woningen bouwen is nodig, maar brede welvaart vraagt ook: voor wie, waar, en met welke voorzieningen?',
    body: `De woningopgave wordt vaak in aantallen uitgedrukt. Vanuit brede welvaart kijk je breder.

## Vragen bij een bouwplan
- Is de woning betaalbaar voor de mensen die haar nodig hebben?
- Zijn er voorzieningen, groen en ontmoetingsplekken?
- Wat betekent het plan voor natuur en water, nu en later?`,
    themes: ['wonen', 'milieu', 'samenleving'],
    programmes: ['wonen-en-leefomgeving'],
    regions: ['noord-brabant'],
    audience: ['municipalities', 'province', 'businesses'],
    perspective: ['here-and-now', 'later'],
    evidence: 'repeated',
    publishedAt: '2025-07-07',
  },
  {
    slug: 'artikel-landelijk-gebied-en-brede-welvaart',
    title: 'Het landelijk gebied door de bril van brede welvaart',
    type: 'article',
    summary: 'Natuur, landbouw en leefbaarheid van dorpen: brede welvaart helpt om afwegingen zichtbaar te maken.',
    body: `In het landelijk gebied komen veel opgaven samen: natuurherstel, waterkwaliteit, de toekomst van boerenbedrijven en voorzieningen in dorpen.

## Wat brede welvaart toevoegt
Het maakt zichtbaar wie de lasten en lusten van keuzes draagt, nu en later. Dat helpt om het gesprek eerlijk te voeren.`,
    themes: ['milieu', 'later', 'materiele-welvaart'],
    programmes: ['natuur-water-en-landbouw'],
    organisations: ['brabantse-milieufederatie'],
    audience: ['province', 'municipalities', 'businesses'],
    perspective: ['here-and-now', 'later'],
    evidence: 'repeated',
    publishedAt: '2025-10-06',
  },
  {
    slug: 'artikel-onderwijs-en-menselijk-kapitaal',
    title: 'Onderwijs, vaardigheden en menselijk kapitaal',
    type: 'article',
    summary: 'Menselijk kapitaal is een van de vier kapitalen voor later. Wat kunnen hogescholen en universiteiten bijdragen?',
    body: `In het perspectief ‘later’ is menselijk kapitaal de kennis en gezondheid die we doorgeven.

## Rol van kennisinstellingen
Hogescholen en universiteiten dragen bij met onderwijs, met onderzoek naar brede welvaart en met studenten die in de praktijk meewerken aan opgaven in de regio.`,
    themes: ['later', 'arbeid-en-vrije-tijd'],
    organisations: ['fontys-hogescholen', 'avans-hogeschool', 'tilburg-university'],
    audience: ['knowledge-institutions', 'province'],
    perspective: ['later'],
    evidence: 'repeated',
    publishedAt: '2025-11-03',
  },
  {
    slug: 'artikel-brede-welvaart-voor-ondernemers',
    title: 'Brede welvaart voor ondernemers',
    type: 'article',
    summary: 'Wat betekent brede welvaart voor een bedrijf in Brabant, en waar begin je?',
    body: `Voor ondernemers klinkt brede welvaart soms als iets van de overheid. Toch raakt het hun dagelijkse keuzes: goed werk, gezonde medewerkers, een leefbare omgeving.

## Beginnen
Kies één thema waar je bedrijf invloed op heeft, en maak zichtbaar wat je al doet.`,
    themes: ['arbeid-en-vrije-tijd', 'materiele-welvaart', 'elders'],
    programmes: ['economie-en-innovatie'],
    organisations: ['bom'],
    audience: ['businesses'],
    perspective: ['here-and-now', 'elsewhere'],
    evidence: 'practice',
    publishedAt: '2026-01-12',
    pendingDraftTitle: 'Brede welvaart voor ondernemers (herziene versie in bewerking)',
  },
  {
    slug: 'concept-les-over-regionale-samenwerking',
    title: 'CONCEPT: les over regionale samenwerking (niet gepubliceerd)',
    type: 'lesson',
    summary: 'Dit kennisitem is een concept en mag nergens openbaar zichtbaar zijn.',
    body: 'Conceptinhoud die nog niet gepubliceerd is.',
    themes: ['samenleving'],
    programmes: ['sociale-veerkracht'],
    organisations: ['zet'],
    audience: ['municipalities'],
    perspective: ['here-and-now'],
    publishedAt: '2026-11-01',
    status: 'draft',
  },
]
