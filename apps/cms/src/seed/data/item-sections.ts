// The fixed sections of the demo items (@kennisbank/types/vocabularies: itemSections), per slug. Facts
// about the CBS monitors and the Brabant survey come from shared/docs/DOMAIN.md; the lessons, tools
// and practice examples are example content, as their items say.
import type { ItemSection } from '@kennisbank/types/vocabularies'

export const itemSections: Record<string, Partial<Record<ItemSection, string>>> = {
  // Research
  'brabant-in-de-regionale-monitor-2023': {
    aim: 'Laten zien hoe Noord-Brabant er in de Regionale Monitor Brede Welvaart 2023 voor staat, vergeleken met de andere provincies.',
    results:
      'Noord-Brabant zit op acht indicatoren van ‘hier en nu’ in het beste kwart van de provincies en op één in het laagste kwart. Ter vergelijking: Utrecht 15 en 2, Groningen 0 en 17.',
    sources: 'CBS, De regionale economie 2023, hoofdstuk 5 ‘De brede welvaart’.',
  },
  'ervaren-brede-welvaart-in-brabant': {
    aim: 'Weten hoe Brabanders zelf hun leven ervaren, op de acht thema’s van de CBS-monitor, en waar zij zich zorgen over maken.',
    targetGroup: 'Volwassen inwoners van Noord-Brabant; ruim 10.000 mensen deden mee.',
    results: 'Brabanders geven hun leven gemiddeld een 7,6. Het veldwerk was in het najaar van 2022; de resultaten verschenen op 11 juli 2023.',
    sources: 'Het PON & Telos, portfolio ‘Ervaren brede welvaart in Brabant’; de onderzoekspagina van de provincie Noord-Brabant.',
  },
  'staat-van-brabant-en-brede-welvaart': {
    aim: 'Uitleggen hoe de provinciale Staat van Brabant en de Regionale Monitor Brede Welvaart samenhangen.',
    results: 'De Staat van Brabant gebruikt indicatoren uit de Regionale Monitor Brede Welvaart van het CBS, zodat provinciale en landelijke cijfers te vergelijken zijn.',
    sources: 'Provincie Noord-Brabant, rapport Staat van Brabant (publicaties.brabant.nl).',
  },
  'onderzoek-brede-welvaart-meten-op-wijkniveau': {
    aim: 'Verkennen of cijfers over brede welvaart ook per wijk bruikbaar zijn (voorbeeld).',
    results: 'Een deel van de indicatoren is per wijk beschikbaar; voor andere zijn de aantallen te klein of ontbreken bronnen. Wijkgesprekken vullen die gaten aan.',
    sources: 'Voorbeeldonderzoek voor deze kennisbank; geen bestaand rapport.',
  },
  'onderzoek-brede-welvaart-en-de-sdgs': {
    aim: 'Laten zien hoe de Monitor Brede Welvaart aansluit op de Sustainable Development Goals.',
    results: 'Het CBS koppelt de monitor sinds de editie van 2019 aan de SDG’s; de drie perspectieven hier en nu, later en elders sluiten aan op de aanbevelingen van de CES.',
    sources: 'CBS, Monitor Brede Welvaart & SDG’s (longreads.cbs.nl).',
  },
  'onderzoek-kennisbanken-in-het-sociaal-domein': {
    aim: 'Leren van bestaande kennisbanken: hoe maken zij zichtbaar wat kennis waard is?',
    results:
      'Loket Gezond Leven en de Movisie-databank geven elk item een vaste opbouw en een erkend kwaliteitsniveau met een eigenaar om te bellen. Deze kennisbank neemt de vaste opbouw over, met eigen niveaus van onderbouwing.',
    sources: 'RIVM Loket Gezond Leven; Movisie, Databank Effectieve sociale interventies; Platform31, Wat werkt in de wijk.',
  },
  // Lessons
  'les-begin-bij-een-concreet-besluit': {
    background: 'In de eerste werksessies ging veel tijd op aan de vraag wat brede welvaart is, en weinig aan het werk van het team.',
    approach: 'Teams nemen sindsdien een besluit mee dat binnen drie maanden valt, en leggen dat in de sessie langs de thema’s.',
    whatWorked: 'Een echt besluit maakt het gesprek concreet en levert afspraken op. Een algemene uitleg vooraf werkte minder goed dan een korte uitleg aan de hand van het besluit.',
  },
  'les-maak-later-en-elders-concreet': {
    background: 'Deelnemers vonden de perspectieven ‘later’ en ‘elders’ belangrijk, maar wisten niet wat ze ermee moesten.',
    approach: 'De begeleiders vertaalden ze naar vragen over het eigen besluit: wie betaalt dit over twintig jaar, en waar komen de grondstoffen vandaan?',
    whatWorked: 'Concrete vragen werkten; een lijst met kapitalen en indicatoren niet. Het helpt om één voorbeeld uit het eigen werk te nemen.',
  },
  'les-cijfers-en-verhalen-samen': {
    background: 'Monitorcijfers riepen vragen op die de cijfers zelf niet beantwoordden.',
    approach: 'Bij elke sessie kwamen naast de cijfers een of twee verhalen van inwoners of uitvoerders op tafel.',
    whatWorked: 'Cijfers openen het gesprek, verhalen laten zien wat ze betekenen. Alleen verhalen leidde tot discussie over uitzonderingen.',
  },
  'les-betrek-uitvoering-vroeg': {
    background: 'Criteria voor brede welvaart in regelingen bleken in de uitvoering lastig toe te passen.',
    approach: 'Medewerkers van de uitvoering denken nu vanaf de eerste opzet mee over de criteria.',
    whatWorked: 'Criteria werden eenvoudiger en beter toetsbaar. Het kost in het begin meer tijd, maar later minder discussie.',
  },
  'les-kies-een-paar-thema-s': {
    background: 'Teams probeerden alle thema’s van brede welvaart tegelijk mee te wegen.',
    approach: 'In de werksessie kiest het team de twee of drie thema’s die het besluit echt raakt, en werkt die uit.',
    whatWorked: 'Kiezen leverde scherpere afwegingen op. De andere thema’s kort langslopen voorkomt dat iets belangrijks over het hoofd wordt gezien.',
  },
  'les-eigenaarschap-bij-het-programma': {
    background: 'Na sessies met een externe begeleider bleef het vervolg soms liggen.',
    approach: 'Het programma benoemt nu vooraf wie de volgende stap zet, en de begeleider helpt alleen het gesprek op gang.',
    whatWorked: 'Met een eigenaar binnen het programma kwam er vaker een vervolg. Een begeleider van buiten blijft nuttig om lastige vragen te stellen.',
  },
  'concept-les-over-regionale-samenwerking': {},
  // Tools
  'werkblad-het-brede-welvaartgesprek': {
    aim: 'Een team helpen om in anderhalf uur één besluit langs de thema’s van brede welvaart te leggen.',
    targetGroup: 'Beleidsteams van de provincie en gemeenten, met iemand die het gesprek leidt.',
    approach: 'Print het werkblad, kies vooraf het besluit, en loop samen de stappen door: thema’s kiezen, effecten benoemen, afspraken maken.',
    costs: 'Anderhalf uur met vier tot acht mensen; voorbereiding ongeveer een uur. Geen kosten.',
  },
  'checklist-brede-welvaart-in-een-beleidsnota': {
    aim: 'Controleren of een beleidsnota de effecten op brede welvaart in beeld brengt.',
    targetGroup: 'Beleidsmedewerkers die een nota schrijven of beoordelen.',
    approach: 'Loop de vijf vragen na voordat de nota de lijn in gaat; elke vraag die u niet kunt beantwoorden, is een punt om aan te vullen.',
    costs: 'Een half uur per nota. Geen kosten.',
  },
  'handreiking-werken-met-de-regionale-monitor': {
    aim: 'De cijfers van de eigen gemeente in de Regionale Monitor Brede Welvaart kunnen lezen en vergelijken.',
    targetGroup: 'Beleidsmedewerkers en raadsleden van Brabantse gemeenten.',
    approach: 'De handreiking volgt de monitor stap voor stap: kies uw gemeente, bekijk per thema de indicatoren en vergelijk met de regio en Nederland.',
    costs: 'Ongeveer een uur om de handreiking door te werken. De monitor zelf is gratis.',
  },
  'gespreksleidraad-ervaren-brede-welvaart': {
    aim: 'Met inwoners praten over wat voor hen een goed leven is.',
    targetGroup: 'Wijkteams, gemeenten en maatschappelijke organisaties die inwonersgesprekken organiseren.',
    approach: 'De leidraad geeft de opbouw van een gesprek van een uur, met open vragen per thema en tips om ook stille stemmen te horen.',
    costs: 'Een uur per gesprek met zes tot tien inwoners, plus voorbereiding. Reken op een kleine vergoeding voor deelnemers.',
  },
  'afwegingskader-subsidies': {
    aim: 'Bij het ontwerp van een subsidieregeling de effecten op brede welvaart afwegen.',
    targetGroup: 'Ontwerpers van subsidieregelingen bij de provincie en gemeenten.',
    approach: 'Het kader zet per thema een vraag naast de doelen en criteria van de regeling, en vraagt om een onderbouwde keuze.',
    costs: 'Twee tot vier uur per regeling, bij voorkeur met iemand uit de uitvoering.',
  },
  // Practice examples (all example content)
  'praktijk-tilburg-brede-welvaart-in-de-begroting': {
    background: 'De begrotingsprogramma’s van de gemeente werkten los van elkaar, terwijl hun doelen elkaar raakten (voorbeeld).',
    aim: 'De begroting ordenen naar de thema’s van brede welvaart, zodat de raad ziet wat elk programma bijdraagt.',
    targetGroup: 'Gemeenteraad, college en begrotingsmedewerkers.',
    approach: 'Elk programma koppelde zijn doelen aan thema’s van de monitor; de begroting kreeg een overzicht per thema.',
    results: 'De raad bespreekt de begroting nu ook per thema. Cijfers per thema zijn nog niet voor alle programma’s beschikbaar.',
    conditions: 'Steun van de griffie en het college, en iemand die de koppeling per programma bijhoudt.',
  },
  'praktijk-wijkgesprekken-breda': {
    background: 'Cijfers per wijk zeiden weinig over wat inwoners zelf belangrijk vinden (voorbeeld).',
    aim: 'Per wijk weten wat bijdraagt aan een goed leven, om daar de wijkaanpak op af te stemmen.',
    targetGroup: 'Inwoners, wijkteams en professionals in de wijk.',
    approach: 'In elke wijk twee gesprekken met inwoners en professionals, aan de hand van de gespreksleidraad.',
    results: 'Per wijk een korte agenda met drie onderwerpen; twee wijken startten er al een project op.',
    conditions: 'Een vaste gespreksleider, een bekende plek in de wijk en terugkoppeling aan de deelnemers.',
  },
  'praktijk-energiecooperaties-noordoost': {
    background: 'Windparken en zonnevelden stuitten op weerstand bij omwonenden (voorbeeld).',
    aim: 'Draagvlak vergroten door inwoners mede-eigenaar te maken van energieprojecten.',
    targetGroup: 'Inwoners, energiecoöperaties en gemeenten in Noordoost-Brabant.',
    approach: 'Gemeenten vroegen bij nieuwe projecten om minstens de helft lokaal eigendom, en steunden coöperaties bij de opstart.',
    results: 'Meer projecten kwamen met steun van de omgeving tot stand; een deel van de opbrengst gaat naar een fonds voor de dorpen.',
    conditions: 'Een coöperatie met vrijwilligers die het kunnen dragen, en afspraken over het fonds vóór de vergunning.',
  },
  'praktijk-gezonde-wijk-helmond': {
    background: 'In een wijk met grote gezondheidsverschillen werkten gemeente, GGD en partners langs elkaar heen (voorbeeld).',
    aim: 'Samen één aanpak voor gezondheid in de wijk, met brede welvaart als kader.',
    targetGroup: 'Bewoners van de wijk, met aandacht voor gezinnen en ouderen.',
    approach: 'Een wijkteam met gemeente, GGD, huisartsen en welzijn maakte een plan op wonen, bewegen, geld en contact.',
    results: 'Meer bewoners namen deel aan beweegactiviteiten; het effect op gezondheid is nog niet gemeten.',
    conditions: 'Afspraken tussen de partners over rollen en budget, en een wijkcoördinator.',
  },
  'praktijk-groene-schoolpleinen': {
    background: 'Stenige schoolpleinen werden heet in de zomer en lieten regenwater niet weg (voorbeeld).',
    aim: 'Schoolpleinen vergroenen voor spelen, verkoeling, waterberging en de buurt.',
    targetGroup: 'Basisscholen, leerlingen, ouders en buurtbewoners.',
    approach: 'Leerlingen ontwierpen mee; een hovenier en het waterschap hielpen bij de aanleg; na schooltijd is het plein open voor de buurt.',
    results: 'Vijf pleinen zijn groen; scholen melden meer spel en minder ruzie. Metingen van hitte en water volgen.',
    conditions: 'Een school die het onderhoud regelt, subsidie voor de aanleg en afspraken over openstelling.',
  },
  'praktijk-werkgevers-en-brede-welvaart': {
    background: 'Werkgevers zagen brede welvaart als iets van de overheid (voorbeeld).',
    aim: 'Met werkgevers bespreken wat goed werk bijdraagt aan brede welvaart in de regio.',
    targetGroup: 'Werkgevers en ondernemersverenigingen in de regio.',
    approach: 'Drie bijeenkomsten over goed werk, gezondheid van werknemers en de woon-werkbalans, met cijfers uit de monitor.',
    results: 'Een groep werkgevers maakte afspraken over stages en gezond werk; een vervolg is gepland.',
    conditions: 'Een trekker uit het bedrijfsleven en een gemeente die verbindt maar niet stuurt.',
  },
  'praktijk-mobiliteitsarmoede': {
    background: 'In het landelijk gebied konden inwoners werk, school en zorg niet altijd goed bereiken (voorbeeld).',
    aim: 'In kaart brengen wie er last van mobiliteitsarmoede heeft, en waar.',
    targetGroup: 'Inwoners van kleine kernen zonder auto, en de gemeenten en vervoerders die hen bedienen.',
    approach: 'Reistijden met openbaar vervoer en fiets naar werk, school en zorg, aangevuld met gesprekken met inwoners.',
    results: 'Een kaart van kernen met lange reistijden; twee gemeenten gebruiken die bij de aanbesteding van doelgroepenvervoer.',
    conditions: 'Open gegevens over dienstregelingen en adressen, en medewerking van vervoerders.',
  },
}
