// Demo figures. The indicators are named after those of CBS's Regionale Monitor Brede Welvaart, but
// their values are made up (a level per indicator, a difference per region and a trend): they are
// marked `exampleData`, and the portal says so. The one real figure (the 7,6 of the Brabant survey)
// keeps its source. The values are written as a StatLine CSV file and read by the same import an
// editor uses, so the demo also shows that path.

export type IndicatorSeed = {
  slug: string
  title: string
  theme: string
  description: string
  unit: string
  decimals: number
  direction: 'higher' | 'lower' | 'neutral'
  source: string
  sourceTable?: string
  sourceMeasure?: string
  sourceUrl?: string
  exampleData: boolean
  /** Example values: the Dutch level in the first year, the change per year, and how far Brabant's regions lie from it. */
  example?: { level: number; perYear: number; spread: number }
}

const monitor = 'CBS, Regionale Monitor Brede Welvaart (voorbeeldcijfers)'
const monitorUrl = 'https://www.cbs.nl/nl-nl/dossier/brede-welvaart'

export const indicators: IndicatorSeed[] = [
  {
    slug: 'rapportcijfer-eigen-leven',
    title: 'Rapportcijfer voor het eigen leven',
    theme: 'subjectief-welzijn',
    description: 'Het gemiddelde rapportcijfer dat volwassen Brabanders hun eigen leven geven, uit de enquête Ervaren Brede Welvaart in Brabant (veldwerk najaar 2022, ruim 10.000 deelnemers).',
    unit: 'rapportcijfer (1-10)',
    decimals: 1,
    direction: 'higher',
    source: 'Provincie Noord-Brabant en Het PON & Telos, Ervaren Brede Welvaart in Brabant (2023)',
    sourceUrl: 'https://www.hetpon-telos.nl',
    exampleData: false,
  },
  ...(
    [
      ['tevredenheid-met-het-leven', 'Tevredenheid met het leven', 'subjectief-welzijn', 'Het deel van de inwoners van 15 jaar en ouder dat tevreden of zeer tevreden is met het eigen leven.', '%', 1, 'higher', [86.5, 0.1, 1.5]],
      ['mediaan-besteedbaar-inkomen', 'Mediaan besteedbaar inkomen', 'materiele-welvaart', 'Het middelste besteedbare inkomen van huishoudens, gecorrigeerd voor de grootte van het huishouden.', 'duizend euro', 1, 'higher', [29.8, 0.9, 1.4]],
      ['ervaren-gezondheid', 'Ervaren gezondheid', 'gezondheid', 'Het deel van de inwoners dat de eigen gezondheid goed of zeer goed noemt.', '%', 1, 'higher', [78.9, -0.4, 1.8]],
      ['overgewicht', 'Overgewicht', 'gezondheid', 'Het deel van de volwassenen met overgewicht (een BMI van 25 of meer).', '%', 1, 'lower', [49.5, 0.3, 2.2]],
      ['nettoarbeidsparticipatie', 'Nettoarbeidsparticipatie', 'arbeid-en-vrije-tijd', 'Het deel van de bevolking van 15 tot 75 jaar dat betaald werk heeft.', '%', 1, 'higher', [68.8, 0.5, 1.6]],
      ['tevredenheid-met-vrije-tijd', 'Tevredenheid met vrije tijd', 'arbeid-en-vrije-tijd', 'Het deel van de inwoners dat tevreden of zeer tevreden is met de eigen vrije tijd.', '%', 1, 'higher', [76.2, -0.3, 1.5]],
      ['tevredenheid-met-woning', 'Tevredenheid met de woning', 'wonen', 'Het deel van de inwoners dat tevreden of zeer tevreden is met de eigen woning.', '%', 1, 'higher', [85.9, -0.2, 1.9]],
      ['vertrouwen-in-instituties', 'Vertrouwen in instituties', 'samenleving', 'Het deel van de inwoners met vertrouwen in politie, rechters en ambtenaren.', '%', 1, 'higher', [65.1, -0.9, 2.1]],
      ['wekelijks-contact', 'Wekelijks contact met familie, vrienden of buren', 'samenleving', 'Het deel van de inwoners dat minstens eens per week contact heeft met familie, vrienden of buren.', '%', 1, 'higher', [84.3, -0.2, 1.3]],
      ['slachtofferschap-criminaliteit', 'Slachtofferschap van criminaliteit', 'veiligheid', 'Het deel van de inwoners dat in het afgelopen jaar slachtoffer werd van een veelvoorkomend delict.', '%', 1, 'lower', [14.8, -0.4, 1.6]],
      ['fijnstof', 'Fijnstof in de buitenlucht', 'milieu', 'De gemiddelde concentratie fijnstof (PM2,5) in de buitenlucht waar mensen wonen.', 'µg/m³', 1, 'lower', [9.6, -0.4, 0.9]],
      ['hoogopgeleiden', 'Hoogopgeleiden', 'later', 'Het deel van de bevolking van 25 tot 65 jaar met een diploma van hbo of wo (menselijk kapitaal).', '%', 1, 'higher', [36.4, 0.8, 3.5]],
    ] as const
  ).map(([slug, title, theme, description, unit, decimals, direction, [level, perYear, spread]]) => ({
    slug,
    title,
    theme,
    description,
    unit,
    decimals,
    direction,
    source: monitor,
    sourceUrl: monitorUrl,
    exampleData: true,
    example: { level, perYear, spread },
  })),
]

/** The years of the example figures; the last is provisional, as CBS marks its newest year. */
export const exampleYears = [2019, 2020, 2021, 2022, 2023]

/**
 * Example values as a StatLine CSV file (quoted headers, padded region codes, periods as 2022JJ00,
 * decimal comma, the last year provisional and one value missing as "."). Deterministic: the same
 * codes give the same file, so seeding twice changes nothing.
 */
export function exampleCsv(indicator: IndicatorSeed, regionCodes: string[]): string {
  const { level, perYear, spread } = indicator.example!
  const lines = ['"ID";"RegioS";"Perioden";"Status";"Waarde"']
  let id = 0
  regionCodes.forEach((code, r) => {
    // NL01 is the level itself; every other region lies a fixed distance from it (−1 … +1 × spread),
    // with a trend of its own and some variation from year to year.
    const own = code === 'NL01' ? 0 : 1
    const offset = own * Math.sin((r + 1) * 2.3 + indicator.slug.length) * spread
    const trend = perYear * (1 + own * 0.6 * Math.sin(r * 1.7 + 0.4))
    exampleYears.forEach((year, y) => {
      const wobble = own * Math.sin(r * 1.3 + y * 2.1) * spread * 0.25
      const value = (level + offset + trend * y + wobble).toFixed(indicator.decimals).replace('.', ',')
      const status = year === exampleYears.at(-1) ? 'Voorlopig' : 'Definitief'
      // One value missing, as CBS marks it: a municipality in the first year.
      const shown = code.startsWith('GM') && r % 5 === 0 && y === 0 ? '.' : value
      lines.push(`"${id++}";"${code.padEnd(10)}";"${year}JJ00";"${status}";"${shown}"`)
    })
  })
  return lines.join('\r\n') + '\r\n'
}
