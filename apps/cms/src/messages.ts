// Every Dutch sentence the CMS's own code shows to visitors, API clients and mail readers, in one
// place (a translation starts here). Labels of the admin UI stay in the collection configs, where
// Payload expects them.

type EventRef = { title: string }

/** The search API's facet names as a visitor says them. */
const facetWords: Record<string, string> = { type: 'soort', theme: 'thema', programme: 'programma', region: 'regio', audience: 'doelgroep', evidence: 'onderbouwing', year: 'jaar' }

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`

export const messages = {
  upload: {
    tooLarge: 'Het bestand is te groot: een bestand mag hoogstens 20 MB zijn. Er is niets veranderd.',
  },
  figures: {
    tooLarge: (size: number, max: number) => `Het bestand is te groot (${megabytes(size)}); een import mag hoogstens ${megabytes(max)} zijn. Er is niets veranderd.`,
    unknownIndicator: 'Kies een bestaande indicator.',
    fileMissing: 'Kies een CSV-bestand om in te lezen.',
    notText: 'Het bestand is geen tekstbestand; sla het op als CSV.',
    tableMissing: 'Vul de tabel en de kolom in, hier of bij de indicator.',
  },
  search: {
    tooLong: (max: number) => `De zoekvraag is te lang: gebruik hoogstens ${max} tekens.`,
    integer: (name: string, min: number, max: number) => `De parameter ${name} moet een heel getal zijn van ${min} tot en met ${max}.`,
    badFilter: (value: string, facet: string) => `“${value.slice(0, 40)}” is geen geldige waarde voor het filter ${facetWords[facet]} (${facet}).`,
    badSort: (sorts: readonly string[]) => `Onbekende sortering: sorteer op ${sorts.join(', ')}.`,
    failed: 'Er ging iets mis bij het zoeken.',
    badRelated: 'Geef een geldige slug, hoogstens 20 slugs om over te slaan en een limiet van 1 tot en met 12.',
  },
  request: {
    tooLarge: 'Het formulier is te groot.',
    notJson: 'Stuur de gegevens als JSON-object.',
    tooMany: (minutes: number) => `U heeft het formulier te vaak verstuurd. Probeer het over ${minutes === 1 ? 'een minuut' : `${minutes} minuten`} opnieuw.`,
  },
  preview: {
    notPortal: 'Alleen de portal kan een voorbeeld opvragen.',
    invalid: 'Deze voorbeeldlink is ongeldig of verlopen. Open het voorbeeld opnieuw vanuit het beheer.',
    gone: 'Dit document bestaat niet meer.',
    badData: 'Stuur de gegevens van het document als JSON-object in het veld data.',
    failed: 'Het voorbeeld kon niet worden gemaakt.',
  },
  feedback: {
    notPortal: 'Alleen de portal kan reacties doorgeven.',
    invalidToken: 'Dit formulier is verlopen. Open de pagina opnieuw en geef dan uw antwoord.',
    usefulMissing: 'Kies ja of nee.',
    remarkTooLong: (max: number) => `Uw opmerking is te lang: gebruik hoogstens ${max} tekens.`,
    remarkCharacters: 'Uw opmerking bevat tekens die niet zijn toegestaan.',
    gone: 'Deze pagina is niet (meer) gepubliceerd.',
    already: 'Uw antwoord op deze pagina hebben we al. Bedankt!',
    thanks: 'Bedankt voor uw antwoord!',
    failed: 'Uw antwoord kon niet worden opgeslagen. Probeer het later opnieuw.',
    summary: {
      heading: 'Nuttig volgens lezers',
      none: 'Nog geen lezer heeft gezegd of deze pagina nuttig was.',
      tally: (yes: number, no: number) => `${yes} × ja, ${no} × nee (${Math.round((100 * yes) / (yes + no))} % vond deze pagina nuttig).`,
      open: 'Opmerkingen die nog niet zijn afgehandeld:',
      yes: 'Ja',
      no: 'Nee',
      all: 'Alle reacties op deze pagina',
    },
  },
  usage: {
    notPortal: 'Alleen de portal kan gebruikscijfers doorgeven.',
    invalid: 'De gebruikscijfers zijn niet geldig: per dag (JJJJ-MM-DD, vandaag of kort ervoor) een pagina of zoekopdracht met een aantal.',
    failed: 'De gebruikscijfers konden niet worden opgeslagen.',
    heading: 'Gebruik deze maand',
    topPages: 'Meest bekeken pagina’s',
    noViews: 'Deze maand zijn nog geen pagina’s bekeken.',
    views: (n: number) => `${n.toLocaleString('nl-NL')} ${n === 1 ? 'weergave' : 'weergaven'}`,
    notFound: 'Gezocht zonder resultaat',
    allFound: 'Elke zoekopdracht van deze maand vond iets.',
    searched: (n: number) => `${n.toLocaleString('nl-NL')} keer gezocht`,
    all: 'Alle cijfers',
  },
  registration: {
    checkFields: 'Controleer de gemarkeerde velden.',
    chooseEvent: 'Kies een bestaande bijeenkomst.',
    nameMissing: 'Vul uw naam in.',
    nameTooLong: (max: number) => `Uw naam is te lang: gebruik hoogstens ${max} tekens.`,
    nameCharacters: 'Uw naam bevat tekens die niet zijn toegestaan.',
    emailMissing: 'Vul uw e-mailadres in.',
    emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    organisationInvalid: (max: number) => `Vul bij organisatie hoogstens ${max} tekens in, op één regel.`,
    remarkTooLong: (max: number) => `Uw opmerking is te lang: gebruik hoogstens ${max} tekens.`,
    consentMissing: 'Geef toestemming om uw gegevens voor deze aanmelding te gebruiken.',
    failed: 'Er ging iets mis bij het aanmelden. Probeer het later opnieuw.',
    confirmed: (event: EventRef, email: string) => `U bent aangemeld voor “${event.title}”. We hebben een bevestiging gestuurd naar ${email}.`,
    waiting: (position: number | null, email: string) =>
      `De bijeenkomst is vol: u staat op de wachtlijst (plaats ${position}). Komt er een plaats vrij, dan krijgt u een mail op ${email}.`,
    unknownEvent: 'Deze bijeenkomst bestaat niet of is niet gepubliceerd.',
    notHere: 'Voor deze bijeenkomst meldt u zich niet via de kennisbank aan.',
    started: 'Deze bijeenkomst is al begonnen of voorbij; aanmelden kan niet meer.',
    closed: 'Aanmelden voor deze bijeenkomst is gesloten.',
    full: 'Deze bijeenkomst is vol.',
    fullNoWaitingList: 'Deze bijeenkomst is vol en heeft geen wachtlijst.',
    duplicate: 'Met dit e-mailadres bent u al aangemeld voor deze bijeenkomst. Kijk in uw mail voor de bevestiging.',
  },
  cancellation: {
    incompleteLink: 'Deze afmeldlink is niet compleet. Gebruik de link uit uw bevestigingsmail.',
    wrongLink: 'Deze afmeldlink klopt niet. Gebruik de link uit uw bevestigingsmail.',
    unknown: 'Deze aanmelding bestaat niet (meer).',
    over: 'Deze bijeenkomst is voorbij; afmelden is niet meer nodig.',
    already: (event: EventRef) => `U was al afgemeld voor “${event.title}”.`,
    done: (event: EventRef, email: string) => `U bent afgemeld voor “${event.title}”. We hebben een bevestiging gestuurd naar ${email}.`,
  },
  export: {
    editorsOnly: 'Alleen redacteuren mogen aanmeldingen exporteren.',
    chooseEvent: 'Kies een bijeenkomst.',
    unknownEvent: 'Deze bijeenkomst bestaat niet.',
    columns: ['Naam', 'E-mailadres', 'Organisatie', 'Status', 'Aanwezig', 'Aangemeld op', 'Opmerking'],
    yes: 'ja',
    no: 'nee',
  },
  regions: {
    cycle: 'Een regio kan niet in zichzelf liggen, en ook niet in een gebied dat in deze regio ligt.',
  },
  /** The editors' "Te doen" on the admin dashboard (components/TodoDashboard.tsx). */
  todo: {
    heading: 'Te doen',
    drafts: (n: number) => `Concepten die wachten (${n})`,
    noDrafts: 'Geen concepten: alles is gepubliceerd.',
    incomplete: (n: number) => `Nog niet volgens het sjabloon (${n})`,
    lacks: (gaps: string[]) => `: mist ${gaps.join(', ').toLowerCase()}`,
    complete: 'Alle kennisitems hebben wat hun soort vraagt.',
    events: 'Komende bijeenkomsten',
    noEvents: 'Er staan geen bijeenkomsten gepland.',
    registered: (confirmed: number, capacity: number | null | undefined, waiting: number) =>
      `: ${confirmed} aangemeld${capacity ? ` van ${capacity}` : ''}${waiting ? `, ${waiting} op de wachtlijst` : ''}`,
    evidence: 'Onderbouwing',
    audience: 'Doelgroep',
    contact: 'Contact',
  },
  mail: {
    greeting: (name: string) => `Beste ${name},`,
    closing: 'Met vriendelijke groet,\nKennisbank Brede Welvaart Brabant',
    addToCalendar: 'Zet de bijeenkomst in uw agenda',
    cancel: 'Afmelden',
    when: (date: string, from: string, until: string) => `${date}, ${from}–${until} uur`,
    where: (place: string) => `Waar: ${place}`,
    online: 'online (de link staat op de pagina van de bijeenkomst)',
    onlineAt: (url: string) => `online via ${url}`,
    hybrid: (onsite: string, online: string) => `${onsite}, of ${online}`,
    questions: (email: string) => `Vragen? Mail naar ${email}.`,
    confirmed: {
      subject: (event: EventRef) => `Aanmelding bevestigd: ${event.title}`,
      body: (event: EventRef, when: string) => `U bent aangemeld voor “${event.title}” op ${when}.`,
      cantCome: 'Kunt u toch niet komen? Meld u dan af, dan gaat uw plaats naar iemand op de wachtlijst:',
    },
    waiting: {
      subject: (event: EventRef) => `U staat op de wachtlijst: ${event.title}`,
      body: (event: EventRef, when: string, position: number | null | undefined) =>
        `“${event.title}” op ${when} is vol. U staat op de wachtlijst${position ? ` (plaats ${position})` : ''}.`,
      next: 'Komt er een plaats vrij, dan schuift u vanzelf door en krijgt u daarover direct een mail.',
      leave: 'Van de wachtlijst af',
    },
    promoted: {
      subject: (event: EventRef) => `Er is een plaats vrij: u bent aangemeld voor ${event.title}`,
      body: (event: EventRef, when: string) => `Goed nieuws: er is een plaats vrijgekomen. U bent nu aangemeld voor “${event.title}” op ${when}.`,
      cantCome: 'Kunt u toch niet komen? Meld u dan af:',
    },
    cancelled: {
      subject: (event: EventRef) => `Afmelding ontvangen: ${event.title}`,
      body: (event: EventRef, when: string) => `U bent afgemeld voor “${event.title}” op ${when}. Jammer dat u er niet bij kunt zijn.`,
      agenda: 'Bekijk de agenda',
    },
  },
} as const
