// Broad-prosperity figures for the portal: indicators with their observations per region and year,
// shaped for the /cijfers pages, theme pages and the open-data downloads. Trends are judged by
// whether higher is better for the indicator.
import type { Indicator, Observation, Region, Theme } from '@kennisbank/types'
import { indicatorDirections, labelOf, licences, observationStatuses, perspectives } from '@kennisbank/types/vocabularies'

import { formatNumber } from '$lib/format'
import { safeHref } from '$lib/url'

import { cms } from './cms'
import { populated } from './content'

export type RegionRef = { id: number; slug: string; title: string; code: string; kind: string; parent: number | null; tile: { row: number; column: number } | null }
export type Point = { year: number; value: number; status: Observation['status'] }
export type Series = { region: RegionRef; points: Point[] }
export type Trend = 'better' | 'worse' | 'equal'

export type IndicatorFigures = {
  id: number
  slug: string
  title: string
  description: string
  unit: string
  decimals: number
  direction: string
  directionLabel: string
  theme: { id: number; title: string; slug: string; perspective: string; perspectiveLabel: string } | null
  source: string
  sourceTable: string | null
  sourceMeasure: string | null
  sourceUrl: string | null
  definitionUrl: string | null
  licence: { label: string; url: string }
  exampleData: boolean
  updatedAt: string
  years: number[]
  series: Series[]
}

export const provinceCode = 'PV30'
export const countryCode = 'NL01'

/** Every region with a CBS code, by id. */
export async function figureRegions(): Promise<Map<number, RegionRef>> {
  const regions = await cms().all('regions', { depth: 0, select: { slug: true, title: true, cbsCode: true, kind: true, parent: true, tile: true } })
  return new Map(
    regions
      .filter((region): region is Region & { cbsCode: string } => Boolean(region.cbsCode))
      .map((region) => [
        region.id,
        {
          id: region.id,
          slug: region.slug!,
          title: region.title,
          code: region.cbsCode,
          kind: region.kind,
          parent: typeof region.parent === 'number' ? region.parent : (region.parent?.id ?? null),
          tile: region.tile?.row && region.tile?.column ? { row: region.tile.row, column: region.tile.column } : null,
        },
      ]),
  )
}

function shape(indicator: Indicator, observations: Observation[], regions: Map<number, RegionRef>): IndicatorFigures {
  const theme = populated<Theme>(indicator.theme)[0]
  const byRegion = new Map<number, Point[]>()
  for (const observation of observations) {
    const region = typeof observation.region === 'number' ? observation.region : observation.region.id
    if (!regions.has(region)) continue
    const points = byRegion.get(region) ?? []
    points.push({ year: Number(observation.year), value: Number(observation.value), status: observation.status })
    byRegion.set(region, points)
  }
  const series = [...byRegion].map(([id, points]) => ({ region: regions.get(id)!, points: points.sort((a, b) => a.year - b.year) }))
  const licence = licences.find((option) => option.value === indicator.licence) ?? licences[0]!
  return {
    id: indicator.id,
    slug: indicator.slug!,
    title: indicator.title,
    description: indicator.description,
    unit: indicator.unit,
    decimals: Number(indicator.decimals ?? 1),
    direction: indicator.direction,
    directionLabel: labelOf(indicatorDirections, indicator.direction),
    theme: theme ? { id: theme.id, title: theme.title, slug: theme.slug!, perspective: theme.perspective, perspectiveLabel: labelOf(perspectives, theme.perspective) } : null,
    source: indicator.source,
    sourceTable: indicator.sourceTable ?? null,
    sourceMeasure: indicator.sourceMeasure ?? null,
    sourceUrl: safeHref(indicator.sourceUrl),
    definitionUrl: safeHref(indicator.definitionUrl),
    licence: { label: licence.label, url: licence.url },
    exampleData: Boolean(indicator.exampleData),
    updatedAt: indicator.updatedAt,
    years: [...new Set(series.flatMap((line) => line.points.map((point) => point.year)))].sort((a, b) => a - b),
    series,
  }
}

/** Indicators (optionally of one theme) with their observations in the given regions (all when left out). */
export async function loadFigures({ theme, slug, regionIds }: { theme?: number | number[]; slug?: string; regionIds?: number[] } = {}): Promise<IndicatorFigures[]> {
  const client = cms()
  const where = slug ? { slug: { equals: slug } } : theme !== undefined ? { theme: { in: [theme].flat() } } : undefined
  const [indicators, regions] = await Promise.all([client.all('indicators', { where, sort: 'title', depth: 1, select: { observations: false } as Record<string, boolean> }), figureRegions()])
  if (!indicators.length) return []
  const observations = await client.all('observations', {
    depth: 0,
    sort: 'year',
    where: { and: [{ indicator: { in: indicators.map((indicator) => indicator.id) } }, ...(regionIds ? [{ region: { in: regionIds } }] : [])] },
    select: { indicator: true, region: true, year: true, value: true, status: true },
  })
  const byIndicator = new Map<number, Observation[]>()
  for (const observation of observations) {
    const id = typeof observation.indicator === 'number' ? observation.indicator : observation.indicator.id
    byIndicator.set(id, [...(byIndicator.get(id) ?? []), observation])
  }
  return indicators.map((indicator) => shape(indicator, byIndicator.get(indicator.id) ?? [], regions))
}

/** The series of the region with this CBS code. */
export const seriesOf = (figures: IndicatorFigures, code: string) => figures.series.find((line) => line.region.code === code)

/** The last point of a series, and the one before it. */
export function lastTwo(series: Series | undefined): { last?: Point; previous?: Point } {
  const points = series?.points ?? []
  return { last: points.at(-1), previous: points.at(-2) }
}

/** Better, worse or equal since the previous period: equal when the change does not show at the indicator's decimals. */
export function trendOf(figures: Pick<IndicatorFigures, 'decimals' | 'direction'>, last?: Point, previous?: Point): Trend | null {
  if (!last || !previous || figures.direction === 'neutral') return null
  const change = Number((last.value - previous.value).toFixed(figures.decimals))
  if (change === 0) return 'equal'
  return (change > 0) === (figures.direction === 'higher') ? 'better' : 'worse'
}

export const statusLabel = (status: Observation['status']) => labelOf(observationStatuses, status)

export type Latest = { text: string; year: number; provisional: boolean }
export type FigureSummary = {
  slug: string
  title: string
  unit: string
  exampleData: boolean
  /** The newest figure of each region asked for, in that order (the others in the first one's year). */
  values: (Latest | null)[]
  /** The trend of the first region. */
  trend: Trend | null
  /** The year the trend compares with. */
  since: number | null
}

const latestOf = (point: Point | undefined, decimals: number): Latest | null =>
  point ? { text: formatNumber(point.value, decimals), year: point.year, provisional: point.status !== 'definitive' } : null

/** One line of an overview: the newest figure of each region (CBS codes; Brabant and the Netherlands unless told), and the first one's trend. */
export function summaryOf(figures: IndicatorFigures, codes: string[] = [provinceCode, countryCode]): FigureSummary {
  const [first, ...others] = codes.map((code) => seriesOf(figures, code))
  const { last, previous } = lastTwo(first)
  const inYear = (line: Series | undefined) => (last ? line?.points.find((point) => point.year === last.year) : lastTwo(line).last)
  return {
    slug: figures.slug,
    title: figures.title,
    unit: figures.unit,
    exampleData: figures.exampleData,
    values: [latestOf(last, figures.decimals), ...others.map((line) => latestOf(inYear(line), figures.decimals))],
    trend: trendOf(figures, last, previous),
    since: previous?.year ?? null,
  }
}

/** Every value of an indicator as flat rows, for the CSV and JSON downloads (column names in Dutch, decimal point). */
export function figureTable(figures: IndicatorFigures) {
  const columns = ['indicator', 'regio', 'regiocode', 'jaar', 'waarde', 'eenheid', 'status'] as const
  const rows = figures.series
    .flatMap((line) =>
      line.points.map((point) => ({
        indicator: figures.slug,
        regio: line.region.title,
        regiocode: line.region.code,
        jaar: point.year,
        waarde: point.value,
        eenheid: figures.unit,
        status: statusLabel(point.status).toLowerCase(),
      })),
    )
    .sort((a, b) => a.regiocode.localeCompare(b.regiocode) || a.jaar - b.jaar)
  return { columns: [...columns], rows }
}

/** What a download says about its indicator. */
export function indicatorMeta(figures: IndicatorFigures, origin: string) {
  return {
    slug: figures.slug,
    titel: figures.title,
    omschrijving: figures.description,
    thema: figures.theme?.title ?? null,
    eenheid: figures.unit,
    beterIs: figures.directionLabel.toLowerCase(),
    bron: figures.source,
    bronTabel: figures.sourceTable,
    bronOnderwerp: figures.sourceMeasure,
    bronUrl: figures.sourceUrl,
    licentie: figures.licence.url,
    voorbeeldcijfers: figures.exampleData,
    pagina: new URL(`/cijfers/${figures.slug}`, origin).href,
    gewijzigd: figures.updatedAt,
  }
}

/** The overview lines of every indicator (or those of some themes) for the given regions (CBS codes; Brabant and the Netherlands unless told). */
export async function loadSummaries({ theme, codes = [provinceCode, countryCode] }: { theme?: number | number[]; codes?: string[] } = {}): Promise<{ summaries: FigureSummary[]; figures: IndicatorFigures[] }> {
  const regions = await figureRegions()
  const regionIds = [...regions.values()].filter((region) => codes.includes(region.code)).map((region) => region.id)
  const figures = await loadFigures({ theme, regionIds })
  return { summaries: figures.map((figure) => summaryOf(figure, codes)), figures }
}

export type FigureGroup = { title: string; themes: { title: string; slug: string; figures: FigureSummary[] }[] }

/**
 * The overview lines of every indicator for the given regions, grouped as the figures pages show them:
 * by perspective, then by theme in the CMS's order; empty themes and perspectives left out. With
 * `withValueOnly`, indicators without a figure for the first region are left out too.
 */
export async function figureGroups({ codes, withValueOnly = false }: { codes?: string[]; withValueOnly?: boolean } = {}): Promise<{ groups: FigureGroup[]; anyExample: boolean }> {
  const [themes, { summaries, figures }] = await Promise.all([
    cms().all('themes', { sort: 'order', depth: 0, select: { title: true, slug: true, perspective: true } }),
    loadSummaries({ codes }),
  ])
  const shown = summaries.map((summary, i) => ({ summary, theme: figures[i]!.theme?.slug })).filter(({ summary }) => !withValueOnly || summary.values[0])
  return {
    groups: perspectives
      .map(({ value }) => ({
        title: labelOf(perspectives, value),
        themes: themes
          .filter((theme) => theme.perspective === value)
          .map((theme) => ({ title: theme.title, slug: theme.slug!, figures: shown.filter((entry) => entry.theme === theme.slug).map((entry) => entry.summary) }))
          .filter((theme) => theme.figures.length > 0),
      }))
      .filter((group) => group.themes.length > 0),
    anyExample: shown.some(({ summary }) => summary.exampleData),
  }
}
