// The Netherlands, Noord-Brabant, its four regions (with the CBS COROP code) and a selection of municipalities.
export type RegionSeed = {
  slug: string
  title: string
  kind: 'country' | 'province' | 'region' | 'municipality'
  cbsCode?: string
  parent?: string
  /** Approximate place in the figures' tile map: row 1 is the north, column 1 the west. */
  tile?: { row: number; column: number }
  description?: string
}

export const regions: RegionSeed[] = [
  // The Netherlands as a whole: the comparison for Brabant's figures (CBS code NL01), not part of Brabant's tree.
  { slug: 'nederland', title: 'Nederland', kind: 'country', cbsCode: 'NL01', description: 'Heel Nederland, om de Brabantse cijfers mee te vergelijken.' },
  {
    slug: 'noord-brabant',
    title: 'Noord-Brabant',
    kind: 'province',
    cbsCode: 'PV30',
    description: 'De provincie Noord-Brabant.',
  },
  {
    slug: 'west-brabant', tile: { row: 1, column: 1 },
    title: 'West-Brabant',
    kind: 'region',
    cbsCode: 'CR34',
    parent: 'noord-brabant',
    description: 'De regio rond Breda, Roosendaal en Bergen op Zoom (CBS: West-Noord-Brabant).',
  },
  {
    slug: 'hart-van-brabant', tile: { row: 1, column: 2 },
    title: 'Hart van Brabant',
    kind: 'region',
    cbsCode: 'CR35',
    parent: 'noord-brabant',
    description: 'Midden-Brabant, de regio rond Tilburg (CBS: Midden-Noord-Brabant).',
  },
  {
    slug: 'noordoost-brabant', tile: { row: 1, column: 3 },
    title: 'Noordoost-Brabant',
    kind: 'region',
    cbsCode: 'CR36',
    parent: 'noord-brabant',
    description: "De regio rond 's-Hertogenbosch en Oss (CBS: Noordoost-Noord-Brabant).",
  },
  {
    slug: 'zuidoost-brabant', tile: { row: 2, column: 3 },
    title: 'Zuidoost-Brabant',
    kind: 'region',
    cbsCode: 'CR37',
    parent: 'noord-brabant',
    description: 'Metropoolregio Eindhoven, ook bekend als Brainport (CBS: Zuidoost-Noord-Brabant).',
  },
  { slug: 'breda', tile: { row: 2, column: 3 }, title: 'Breda', kind: 'municipality', cbsCode: 'GM0758', parent: 'west-brabant' },
  { slug: 'bergen-op-zoom', tile: { row: 3, column: 1 }, title: 'Bergen op Zoom', kind: 'municipality', cbsCode: 'GM0748', parent: 'west-brabant' },
  { slug: 'roosendaal', tile: { row: 2, column: 2 }, title: 'Roosendaal', kind: 'municipality', cbsCode: 'GM1674', parent: 'west-brabant' },
  { slug: 'tilburg', tile: { row: 2, column: 4 }, title: 'Tilburg', kind: 'municipality', cbsCode: 'GM0855', parent: 'hart-van-brabant' },
  { slug: 's-hertogenbosch', tile: { row: 1, column: 5 }, title: "'s-Hertogenbosch", kind: 'municipality', cbsCode: 'GM0796', parent: 'noordoost-brabant' },
  { slug: 'oss', tile: { row: 1, column: 6 }, title: 'Oss', kind: 'municipality', cbsCode: 'GM0828', parent: 'noordoost-brabant' },
  { slug: 'eindhoven', tile: { row: 3, column: 5 }, title: 'Eindhoven', kind: 'municipality', cbsCode: 'GM0772', parent: 'zuidoost-brabant' },
  { slug: 'helmond', tile: { row: 3, column: 6 }, title: 'Helmond', kind: 'municipality', cbsCode: 'GM0794', parent: 'zuidoost-brabant' },
]
