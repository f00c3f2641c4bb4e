// Partners of the demo practice network. Descriptions say what the organisation is, nothing more.
export type OrganisationSeed = {
  slug: string
  title: string
  kind: 'municipality' | 'province' | 'knowledge-institution' | 'civil-society' | 'business' | 'government-agency' | 'network'
  region: string
  website?: string
  initials: string
  description: string
}

export const organisations: OrganisationSeed[] = [
  {
    slug: 'provincie-noord-brabant',
    title: 'Provincie Noord-Brabant',
    kind: 'province',
    region: 'noord-brabant',
    website: 'https://www.brabant.nl',
    initials: 'PNB',
    description: 'De provincie wil dat brede welvaart voor alle Brabanders de leidraad is van haar beleid.',
  },
  {
    slug: 'zet',
    title: 'Zet',
    kind: 'civil-society',
    region: 'noord-brabant',
    website: 'https://www.zet.nl',
    initials: 'Zet',
    description:
      'Zet ondersteunt de provincie bij brede welvaart: met een lerende aanpak voor provinciale programma’s, deze kennisbank en een praktijknetwerk met Brabantse partners.',
  },
  {
    slug: 'het-pon-telos',
    title: 'Het PON & Telos',
    kind: 'knowledge-institution',
    region: 'hart-van-brabant',
    website: 'https://www.hetpon-telos.nl',
    initials: 'P&T',
    description: 'Kennisinstituut dat met de provincie het onderzoek Ervaren Brede Welvaart in Brabant uitvoerde.',
  },
  {
    slug: 'cbs',
    title: 'Centraal Bureau voor de Statistiek',
    kind: 'government-agency',
    region: 'noord-brabant',
    website: 'https://www.cbs.nl',
    initials: 'CBS',
    description: 'Publiceert jaarlijks de Monitor Brede Welvaart en de Regionale Monitor Brede Welvaart.',
  },
  { slug: 'gemeente-tilburg', title: 'Gemeente Tilburg', kind: 'municipality', region: 'tilburg', website: 'https://www.tilburg.nl', initials: 'T', description: 'Gemeente in Hart van Brabant.' },
  { slug: 'gemeente-eindhoven', title: 'Gemeente Eindhoven', kind: 'municipality', region: 'eindhoven', website: 'https://www.eindhoven.nl', initials: 'E', description: 'Gemeente in Zuidoost-Brabant.' },
  { slug: 'gemeente-breda', title: 'Gemeente Breda', kind: 'municipality', region: 'breda', website: 'https://www.breda.nl', initials: 'B', description: 'Gemeente in West-Brabant.' },
  { slug: 'gemeente-s-hertogenbosch', title: "Gemeente 's-Hertogenbosch", kind: 'municipality', region: 's-hertogenbosch', website: 'https://www.s-hertogenbosch.nl', initials: 'DB', description: 'Gemeente in Noordoost-Brabant.' },
  { slug: 'gemeente-helmond', title: 'Gemeente Helmond', kind: 'municipality', region: 'helmond', website: 'https://www.helmond.nl', initials: 'H', description: 'Gemeente in Zuidoost-Brabant.' },
  { slug: 'gemeente-oss', title: 'Gemeente Oss', kind: 'municipality', region: 'oss', website: 'https://www.oss.nl', initials: 'O', description: 'Gemeente in Noordoost-Brabant.' },
  { slug: 'gemeente-bergen-op-zoom', title: 'Gemeente Bergen op Zoom', kind: 'municipality', region: 'bergen-op-zoom', website: 'https://www.bergenopzoom.nl', initials: 'BoZ', description: 'Gemeente in West-Brabant.' },
  { slug: 'tilburg-university', title: 'Tilburg University', kind: 'knowledge-institution', region: 'tilburg', website: 'https://www.tilburguniversity.edu', initials: 'TiU', description: 'Universiteit in Tilburg.' },
  { slug: 'avans-hogeschool', title: 'Avans Hogeschool', kind: 'knowledge-institution', region: 'west-brabant', website: 'https://www.avans.nl', initials: 'A', description: 'Hogeschool met vestigingen in onder meer Breda en ’s-Hertogenbosch.' },
  { slug: 'fontys-hogescholen', title: 'Fontys Hogescholen', kind: 'knowledge-institution', region: 'zuidoost-brabant', website: 'https://www.fontys.nl', initials: 'F', description: 'Hogeschool met vestigingen in onder meer Eindhoven en Tilburg.' },
  { slug: 'bom', title: 'Brabantse Ontwikkelings Maatschappij', kind: 'government-agency', region: 'noord-brabant', website: 'https://www.bom.nl', initials: 'BOM', description: 'Regionale ontwikkelingsmaatschappij van Brabant.' },
  { slug: 'brabantse-milieufederatie', title: 'Brabantse Milieufederatie', kind: 'civil-society', region: 'noord-brabant', website: 'https://www.brabantsemilieufederatie.nl', initials: 'BMF', description: 'Koepel van natuur- en milieuorganisaties in Brabant.' },
  { slug: 'ggd-hart-voor-brabant', title: 'GGD Hart voor Brabant', kind: 'government-agency', region: 'hart-van-brabant', website: 'https://www.ggdhvb.nl', initials: 'GGD', description: 'Gemeentelijke gezondheidsdienst voor Hart van Brabant en Noordoost-Brabant.' },
  { slug: 'brainport-development', title: 'Brainport Development', kind: 'network', region: 'zuidoost-brabant', website: 'https://brainporteindhoven.com', initials: 'BD', description: 'Ontwikkelingsorganisatie van de regio Brainport Eindhoven.' },
]
