// Free pages. Markdown bodies are converted to Lexical by the seed.
export type PageSeed = {
  slug: string
  title: string
  intro?: string
  blocks: (
    | { blockType: 'content'; markdown: string }
    | { blockType: 'callToAction'; heading: string; text?: string; linkLabel: string; linkUrl: string }
    | { blockType: 'itemList'; heading: string; items: string[] }
    | { blockType: 'linkList'; heading?: string; links: { label: string; url: string }[] }
  )[]
  status?: 'published' | 'draft'
}

export const pages: PageSeed[] = [
  {
    slug: 'over-de-kennisbank',
    title: 'Over de kennisbank',
    intro: 'De kennisbank verzamelt geleerde lessen, kennis, instrumenten en cijfers over brede welvaart in Brabant.',
    blocks: [
      {
        blockType: 'content',
        markdown: `De provincie Noord-Brabant wil dat brede welvaart voor alle Brabanders de leidraad is van haar beleid. Zet ondersteunt de provincie daarbij met een lerende aanpak voor provinciale programma’s, een praktijknetwerk met Brabantse partners en deze kennisbank.

## Voor wie
Voor iedereen in Brabant die werkt aan brede welvaart: beleidsmedewerkers van provincie en gemeenten, raadsleden, maatschappelijke organisaties, onderzoekers, ondernemers en inwoners.

## Voorbeeldinhoud
Deze omgeving bevat voorbeeldinhoud. Feiten over de monitors van het CBS en het onderzoek *Ervaren Brede Welvaart in Brabant* komen uit openbare bronnen; praktijkvoorbeelden, programma’s en bijeenkomsten zijn voorbeelden en als zodanig gemarkeerd.`,
      },
      {
        blockType: 'callToAction',
        heading: 'Deel uw praktijk',
        text: 'Heeft uw organisatie een les of instrument dat anderen verder helpt? Neem contact op met de redactie.',
        linkLabel: 'Naar de kennisbank',
        linkUrl: '/kennisbank',
      },
    ],
  },
  {
    slug: 'toegankelijkheid',
    title: 'Toegankelijkheidsverklaring',
    intro: 'Wij willen dat iedereen deze website kan gebruiken.',
    blocks: [
      {
        blockType: 'content',
        markdown: `Deze website wordt gebouwd volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, en we toetsen elke pagina automatisch met axe-core.

## Werkt iets niet?
Kunt u iets niet vinden of lezen, of werkt een onderdeel niet met uw hulpmiddel? Laat het de redactie weten, dan zoeken we samen een oplossing.

## Status
De website is in ontwikkeling. De officiële toegankelijkheidsverklaring volgt na een onafhankelijk onderzoek.`,
      },
    ],
  },
  {
    slug: 'privacy',
    title: 'Privacyverklaring',
    intro: 'Hoe de kennisbank omgaat met persoonsgegevens.',
    blocks: [
      {
        blockType: 'content',
        markdown: `De kennisbank plaatst geen volgcookies. We bewaren alleen de gegevens die nodig zijn om de site te laten werken.

## Contactpersonen
Bij sommige kennisitems staat een contactpersoon, met diens toestemming.

## Aanmelden voor bijeenkomsten
Meldt u zich via de kennisbank aan voor een bijeenkomst, dan bewaren we uw naam, e-mailadres, organisatie en opmerking, en na afloop of u aanwezig was. We gebruiken die gegevens alleen om de bijeenkomst te organiseren: de redactie en de organisatoren zien wie er komt, en u krijgt mail over uw aanmelding (bevestiging, wachtlijst, afmelding). Met de link in de bevestigingsmail meldt u zich af.

Zes maanden na de bijeenkomst verwijderen we uw aanmelding automatisch. Wilt u dat eerder? Meld u af, of vraag het de redactie.

## Wat we tellen
Om te weten welke pagina’s helpen en wat mensen zoeken maar niet vinden, tellen we per dag hoe vaak elke pagina is bekeken, en per dag waarop is gezocht (de zoekwoorden in kleine letters), hoe vaak, en hoeveel resultaten dat gaf. Meer niet: geen cookies, geen IP-adres, geen browser of apparaat, geen tijdstip en niet welke pagina’s na elkaar zijn bekeken. Uit deze aantallen is dus geen bezoek of bezoeker te herleiden. Zoekmachines en andere bots tellen niet mee. We gebruiken geen analysediensten van anderen. Typt u een naam of een ander persoonsgegeven in het zoekveld, dan telt die als zoekopdracht; de beheerders verwijderen zulke zoekopdrachten.

## Was deze pagina nuttig?
Onder kennisitems en pagina’s kunt u zeggen of de pagina nuttig was, met een opmerking als u wilt. We bewaren dan de pagina, de dag, uw antwoord en uw opmerking. Niets over u: geen cookie, geen IP-adres, geen browser en geen tijdstip. Om elk bezoek één keer te laten meetellen, krijgt het formulier een willekeurig nummer mee; dat nummer zegt niets over u. Zet geen persoonsgegevens in uw opmerking; staan ze er toch in, dan verwijdert de redactie de opmerking.

## Vragen
Heeft u een vraag over privacy? Neem contact op met de redactie.`,
      },
    ],
  },
  {
    slug: 'week-van-de-brede-welvaart',
    title: 'Week van de Brede Welvaart',
    intro: 'Een week vol inspiratie, kennis en ontmoeting om brede welvaart op de agenda te zetten in Brabant.',
    blocks: [
      {
        blockType: 'content',
        markdown: `In november 2023 stond een week lang brede welvaart centraal in Brabant. Provincie en partners organiseerden bijeenkomsten voor iedereen die met brede welvaart aan de slag wil.`,
      },
      { blockType: 'itemList', heading: 'Lees verder', items: ['wat-is-brede-welvaart', 'ervaren-brede-welvaart-in-brabant'] },
    ],
  },
  {
    slug: 'concept-nieuwsbrief',
    title: 'CONCEPT: nieuwsbrief (niet gepubliceerd)',
    intro: 'Deze pagina is een concept en mag nergens openbaar zichtbaar zijn.',
    blocks: [{ blockType: 'content', markdown: 'Conceptinhoud.' }],
    status: 'draft',
  },
]

export const siteSettings = {
  siteName: 'Kennisbank Brede Welvaart Brabant',
  tagline: 'Lessen, kennis, instrumenten en cijfers over brede welvaart in Brabant',
  home: {
    intro:
      'Brede welvaart gaat over meer dan geld: gezondheid, wonen, werk, natuur, veiligheid en hoe tevreden mensen zijn met hun leven, nu, later en elders. Hier vindt u wat Brabantse gemeenten, de provincie en partners leerden toen zij ermee aan de slag gingen: geleerde lessen, instrumenten, praktijkvoorbeelden, onderzoek en bijeenkomsten.',
    featured: ['les-begin-bij-een-concreet-besluit', 'werkblad-het-brede-welvaartgesprek', 'ervaren-brede-welvaart-in-brabant'],
  },
  navigation: [
    { label: 'Kennisbank', url: '/kennisbank' },
    { label: 'Programma’s', url: '/programmas' },
    { label: 'Agenda', url: '/agenda' },
    { label: 'Netwerk', url: '/netwerk' },
    { label: 'Thema’s', url: '/themas' },
    { label: 'Cijfers', url: '/cijfers' },
    { label: 'Week van de Brede Welvaart', url: '/week-van-de-brede-welvaart' },
  ],
  footer: {
    text: 'De kennisbank is een initiatief in opdracht van de provincie Noord-Brabant, uitgevoerd door Zet met Brabantse partners.',
    links: [
      { label: 'Over de kennisbank', url: '/over-de-kennisbank' },
      { label: 'Toegankelijkheid', url: '/toegankelijkheid' },
      { label: 'Privacy', url: '/privacy' },
    ],
  },
  contact: { email: 'redactie@example.org' },
}
