import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { formatNumber } from '$lib/format'
import { m } from '$lib/messages'
import { cms, currentMinute } from '$lib/server/cms'
import { eventCard, itemCard, validSlug } from '$lib/server/content'
import { barChart, lineChart, tileMap } from '$lib/server/charts'
import { countryCode, lastTwo, loadFigures, provinceCode, seriesOf, trendOf, type Series } from '$lib/server/figures'

const comparisons = { regios: 'regions', gemeenten: 'municipalities' } as const

export const load: PageServerLoad = async ({ params, url }) => {
  const slug = validSlug(params.slug)
  const figures = slug ? (await loadFigures({ slug }))[0] : undefined
  if (!figures) error(404, m.error.indicatorNotFound)
  const compareParam = url.searchParams.get('vergelijk') ?? 'regios'
  if (!(compareParam in comparisons)) error(400, m.error.badComparison)
  const compare = comparisons[compareParam as keyof typeof comparisons]

  const province = seriesOf(figures, provinceCode)
  const country = seriesOf(figures, countryCode)
  // Brabant's COROP regions and municipalities: the regions whose CBS code says so, lying in Brabant.
  const inBrabant = (line: Series, prefix: string) => line.region.code.startsWith(prefix) && line.region.parent !== null
  const byTitle = (a: Series, b: Series) => a.region.title.localeCompare(b.region.title, 'nl')
  const coropRegions = figures.series.filter((line) => inBrabant(line, 'CR') && line.region.parent === province?.region.id).sort(byTitle)
  const municipalities = figures.series.filter((line) => inBrabant(line, 'GM')).sort(byTitle)

  const lines = [
    ...(province ? [{ label: province.region.title, points: province.points, emphasis: 'main' as const }] : []),
    ...(country ? [{ label: country.region.title, points: country.points, emphasis: 'reference' as const }] : []),
    ...coropRegions.map((line) => ({ label: line.region.title, points: line.points })),
  ]
  const decimals = figures.decimals
  const first = figures.years[0] ?? 0
  const last = figures.years.at(-1) ?? 0
  const value = (n: number) => `${formatNumber(n, decimals)} ${figures.unit}`

  // The comparison: the newest year in which the compared regions have figures, best first.
  const compared = compare === 'municipalities' ? municipalities : coropRegions
  const compareYear = Math.max(0, ...compared.flatMap((line) => line.points.map((point) => point.year)))
  const pointIn = (line: { points: Series['points'] } | undefined, year: number) => line?.points.find((point) => point.year === year)
  const bars = compared
    .flatMap((line) => {
      const point = pointIn(line, compareYear)
      return point ? [{ label: line.region.title, value: point.value }] : []
    })
    .sort((a, b) => (figures.direction === 'lower' ? a.value - b.value : b.value - a.value))
  const reference = pointIn(country, compareYear)
  // The same figures as a tile map, for the regions that have a place in it.
  const tiles = compared.flatMap((line) => {
    const point = pointIn(line, compareYear)
    return point && line.region.tile ? [{ label: line.region.title, value: point.value, ...line.region.tile }] : []
  })

  const { last: newest, previous } = lastTwo(province)
  const countryNewest = newest ? pointIn(country, newest.year) : undefined
  const theme = figures.theme
  const now = currentMinute()
  const [items, events] = theme
    ? await Promise.all([
        cms().list('knowledge-items', { where: { themes: { in: [theme.id] } }, sort: '-publishedAt', limit: 4, depth: 0 }),
        cms().list('events', { where: { themes: { in: [theme.id] }, endsAt: { greater_than_equal: now } }, sort: 'startsAt', limit: 3, depth: 0 }),
      ])
    : [null, null]

  return {
    figures,
    lines: lines.map((line) => line.label),
    chart: lineChart(lines, decimals),
    first,
    last,
    lineDescription: m.figures.lineDescription(
      lines.flatMap((line) => {
        const [from, to] = [line.points[0], line.points.at(-1)]
        return from && to && from !== to ? [m.figures.lineFromTo(line.label, value(from.value), from.year, value(to.value), to.year)] : []
      }),
    ),
    table: {
      columns: lines.map((line) => line.label),
      rows: figures.years.map((year) => {
        const points = lines.map((line) => pointIn(line, year))
        const provisional = points.some((point) => point && point.status !== 'definitive')
        return { year, provisional, cells: points.map((point) => (point ? formatNumber(point.value, decimals) : '–')) }
      }),
    },
    newest: newest ? { text: value(newest.value), year: newest.year, provisional: newest.status !== 'definitive' } : null,
    netherlands: countryNewest ? { text: value(countryNewest.value), provisional: countryNewest.status !== 'definitive' } : null,
    trend: trendOf(figures, newest, previous),
    since: previous?.year ?? null,
    comparison: {
      param: compareParam,
      kind: compare,
      year: compareYear,
      hasMunicipalities: municipalities.length > 0,
      bars: bars.map((bar) => ({ label: bar.label, value: formatNumber(bar.value, decimals) })),
      map: tileMap(tiles, decimals),
      layout: barChart(bars, decimals, reference ? { label: m.figures.netherlands, value: reference.value } : undefined),
      reference: reference ? { label: m.figures.netherlands, value: formatNumber(reference.value, decimals) } : undefined,
      description: bars.length
        ? m.figures.barDescription(`${bars[0]!.label} ${value(bars[0]!.value)}`, `${bars.at(-1)!.label} ${value(bars.at(-1)!.value)}`, reference ? value(reference.value) : null)
        : '',
    },
    items: items?.docs.map(itemCard) ?? [],
    events: events?.docs.map(eventCard) ?? [],
  }
}
