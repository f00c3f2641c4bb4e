import { describe, expect, it } from 'vitest'

import { barChart, lineChart } from './charts'

const points = (values: number[], from = 2019) => values.map((value, i) => ({ year: from + i, value, status: i === values.length - 1 ? 'provisional' : 'definitive' }))

describe('line chart geometry', () => {
  const lines = [
    { label: 'Noord-Brabant', points: points([85.5, 85.3, 85.4, 85.7, 86.0]), emphasis: 'main' as const },
    { label: 'Nederland', points: points([86.5, 86.6, 86.7, 86.8, 86.9]), emphasis: 'reference' as const },
    { label: 'West-Brabant', points: points([86.6, 86.5, 86.7, 86.8, 86.95]) },
  ]
  const [narrow, wide] = lineChart(lines, 1)

  it('puts each value where the axis says it is: a higher value higher up, years left to right, inside the plot', () => {
    for (const size of [narrow!, wide!]) {
      const brabant = size.series[0]!.points
      expect(brabant.map((p) => p.value)).toEqual(['85,5', '85,3', '85,4', '85,7', '86,0'])
      expect(brabant[1]!.cy).toBeGreaterThan(brabant[0]!.cy)
      expect(brabant[4]!.cy).toBeLessThan(brabant[3]!.cy)
      expect(brabant.map((p) => p.cx)).toEqual([...brabant.map((p) => p.cx)].sort((a, b) => a - b))
      expect(brabant[0]!.cx).toBe(size.plot.left)
      expect(brabant[4]!.cx).toBe(size.plot.right)
      // A tick's label sits at the height of its value: interpolating the ticks gives the point back.
      const [a, b] = [size.grid[0]!, size.grid.at(-1)!]
      const valueAt = (y: number) => Number(a.label.replace(',', '.')) + ((y - a.y) / (b.y - a.y)) * (Number(b.label.replace(',', '.')) - Number(a.label.replace(',', '.')))
      expect(valueAt(brabant[0]!.cy)).toBeCloseTo(85.5, 1)
      expect(size.series[0]!.d.startsWith(`M${brabant[0]!.cx},${brabant[0]!.cy}`)).toBe(true)
      expect(brabant.map((p) => p.provisional)).toEqual([false, false, false, false, true])
    }
  })

  it('labels line ends on the wide chart only, at least 15 units apart', () => {
    expect(narrow!.ends).toEqual([])
    const ys = wide!.ends.map((end) => end.y)
    expect(ys).toHaveLength(3)
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15)
  })

  it('draws nothing without values', () => {
    expect(lineChart([], 1)).toEqual([])
  })
})

describe('bar chart geometry', () => {
  it('starts bars at zero, in proportion to their values, the reference in the same scale', () => {
    const layout = barChart([{ label: 'A', value: 80 }, { label: 'B', value: 40 }], 1, { label: 'Nederland', value: 60 })
    expect(layout.bars.map((bar) => [bar.label, bar.value, bar.x])).toEqual([
      ['A', '80,0', 0],
      ['B', '40,0', 0],
    ])
    expect(layout.bars[0]!.width).toBeCloseTo(2 * layout.bars[1]!.width, 0)
    expect(layout.reference!.x).toBeCloseTo(layout.bars[1]!.width * 1.5, 0)
    expect(layout.reference!.value).toBe('60,0')
    expect(Math.max(...layout.bars.map((bar) => bar.x + bar.width))).toBeLessThanOrEqual(84)
  })

  it('lets negative values extend left of zero', () => {
    const layout = barChart([{ label: 'A', value: 2 }, { label: 'B', value: -1 }], 1)
    const [a, b] = layout.bars
    expect(b!.x).toBe(0)
    expect(a!.x).toBeCloseTo(b!.x + b!.width, 0)
    expect(a!.width).toBeCloseTo(2 * b!.width, 0)
  })
})
