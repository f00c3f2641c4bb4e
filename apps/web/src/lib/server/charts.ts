// The geometry of the figures' charts, computed on the server with d3-scale and d3-shape: the Svelte
// components (LineChart, BarChart) only draw what they get, so no chart library reaches the browser.
import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'

import { formatNumber } from '$lib/format'

type Point = { year: number; value: number; status: string }
export type ChartLine = { label: string; points: Point[]; emphasis?: 'main' | 'reference' }

export type LineChartSize = {
  name: 'narrow' | 'wide'
  width: number
  height: number
  grid: { y: number; label: string }[]
  years: { x: number; label: string }[]
  plot: { left: number; right: number }
  series: { label: string; emphasis: string; d: string; points: { cx: number; cy: number; year: number; value: string; provisional: boolean }[] }[]
  ends: { index: number; label: string; x: number; y: number }[]
}

const sizes = [
  { name: 'narrow', width: 360, height: 260, labelRoom: 0 },
  { name: 'wide', width: 720, height: 320, labelRoom: 150 },
] as const
const margin = { top: 14, right: 16, bottom: 30, left: 44 }
const round = (n: number) => Math.round(n * 10) / 10

/**
 * A line chart in two sizes (narrow and wide, so that its text keeps a readable size; CSS shows one):
 * axes with five ticks, a path and points per line, and on the wide one a label at the end of each
 * line, moved apart where they would overlap.
 */
export function lineChart(lines: ChartLine[], decimals: number): LineChartSize[] {
  const points = lines.flatMap((l) => l.points)
  if (!points.length) return []
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b)
  const values = points.map((p) => p.value)
  return sizes.map((size) => {
    const right = size.width - margin.right - size.labelRoom
    const x = scaleLinear().domain([years[0]!, years.at(-1)!]).range([margin.left, right])
    const y = scaleLinear()
      .domain([Math.min(...values), Math.max(...values)])
      .nice(5)
      .range([size.height - margin.bottom, margin.top])
    const path = line<Point>()
      .x((p) => round(x(p.year)))
      .y((p) => round(y(p.value)))
    const ends = lines
      .map((l, index) => ({ index, label: l.label, x: right + 8, y: round(y(l.points.at(-1)?.value ?? 0)) }))
      .sort((a, b) => a.y - b.y)
    for (let i = 1; i < ends.length; i++) ends[i]!.y = Math.max(ends[i]!.y, ends[i - 1]!.y + 15)
    return {
      name: size.name,
      width: size.width,
      height: size.height,
      plot: { left: margin.left, right },
      grid: y.ticks(5).map((tick) => ({ y: round(y(tick)), label: formatNumber(tick, Number.isInteger(tick) ? 0 : decimals) })),
      // On a narrow chart with many years, every other year is labelled.
      years: years.map((year) => ({ x: round(x(year)), label: size.name === 'narrow' && years.length > 6 && year % 2 ? '' : String(year) })),
      series: lines.map((l) => ({
        label: l.label,
        emphasis: l.emphasis ?? 'other',
        d: path(l.points) ?? '',
        points: l.points.map((p) => ({ cx: round(x(p.year)), cy: round(y(p.value)), year: p.year, value: formatNumber(p.value, decimals), provisional: p.status !== 'definitive' })),
      })),
      ends: size.labelRoom ? ends : [],
    }
  })
}

export type BarChartLayout = {
  height: number
  rowHeight: number
  top: number
  bars: { label: string; value: string; emphasis: boolean; x: number; width: number; valueX: number }[]
  reference?: { label: string; value: string; x: number; anchor: 'start' | 'middle' | 'end' }
}

/**
 * Sorted horizontal bars in percentages of the chart's width (so it fits any screen with text at its
 * normal size), starting at zero when every value is positive, with room for the values at the right.
 */
export function barChart(bars: { label: string; value: number; emphasis?: boolean }[], decimals: number, reference?: { label: string; value: number }): BarChartLayout {
  const rowHeight = 44
  const top = 24
  const values = [...bars.map((bar) => bar.value), ...(reference ? [reference.value] : [])]
  const x = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .nice()
    .range([0, 84])
  const at = (value: number) => round(x(value))
  return {
    height: top + bars.length * rowHeight + 4,
    rowHeight,
    top,
    bars: bars.map((bar) => ({
      label: bar.label,
      value: formatNumber(bar.value, decimals),
      emphasis: Boolean(bar.emphasis),
      x: at(Math.min(0, bar.value)),
      width: round(Math.abs(x(bar.value) - x(0))),
      valueX: at(Math.max(0, bar.value)) + 1,
    })),
    reference: reference
      ? { label: reference.label, value: formatNumber(reference.value, decimals), x: at(reference.value), anchor: at(reference.value) > 60 ? 'end' : at(reference.value) < 25 ? 'start' : 'middle' }
      : undefined,
  }
}

export type TileMapLayout = {
  rows: number
  columns: number
  tiles: { label: string; value: string; row: number; column: number; shade: number }[]
  /** The value range of each shade, from light (1) to dark (5). */
  legend: { shade: number; from: string; to: string }[]
}

/**
 * A map of tiles, each region in its approximate place (row 1 north, column 1 west; set per region in
 * the CMS), shaded in five classes of equal width from the lowest to the highest value. No borders are
 * drawn, so nothing about them is invented.
 */
export function tileMap(tiles: { label: string; value: number; row: number; column: number }[], decimals: number): TileMapLayout | null {
  if (tiles.length < 2) return null
  const values = tiles.map((tile) => tile.value)
  const [low, high] = [Math.min(...values), Math.max(...values)]
  const step = (high - low) / 5 || 1
  const shade = (value: number) => Math.min(5, 1 + Math.floor((value - low) / step))
  return {
    rows: Math.max(...tiles.map((tile) => tile.row)),
    columns: Math.max(...tiles.map((tile) => tile.column)),
    tiles: tiles.map((tile) => ({ label: tile.label, value: formatNumber(tile.value, decimals), row: tile.row, column: tile.column, shade: shade(tile.value) })),
    legend: [1, 2, 3, 4, 5]
      .filter((n) => high > low || n === 1)
      .map((n) => ({ shade: n, from: formatNumber(low + (n - 1) * step, decimals), to: formatNumber(high > low ? low + n * step : high, decimals) })),
  }
}
