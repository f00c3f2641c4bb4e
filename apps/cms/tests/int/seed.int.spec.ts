/** The demo content meets the foundation's minimums, and seeding again changes nothing. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../src/seed'
import { localApi } from './helpers'

let payload: Payload

beforeAll(async () => {
  payload = await localApi()
})

const published = { _status: { equals: 'published' } } as const

describe('demo content', () => {
  it('has the themes, regions, programmes, items, events and organisations the product needs', async () => {
    expect((await payload.count({ collection: 'themes' })).totalDocs).toBeGreaterThanOrEqual(10)
    const regions = await payload.find({ collection: 'regions', limit: 100, depth: 0 })
    expect(regions.docs.map((r) => r.cbsCode)).toEqual(expect.arrayContaining(['PV30', 'CR34', 'CR35', 'CR36', 'CR37']))
    expect((await payload.count({ collection: 'programmes', where: published })).totalDocs).toBeGreaterThanOrEqual(6)
    expect((await payload.count({ collection: 'organisations' })).totalDocs).toBeGreaterThanOrEqual(15)

    const items = await payload.find({ collection: 'knowledge-items', where: published, limit: 1000, depth: 0 })
    expect(items.totalDocs).toBeGreaterThanOrEqual(30)
    expect(new Set(items.docs.map((i) => i.type))).toEqual(new Set(['article', 'lesson', 'tool', 'practice-example', 'research', 'media']))
    expect(items.docs.filter((i) => (i.attachments ?? []).length > 0).length).toBeGreaterThanOrEqual(5)
    expect(items.docs.filter((i) => (i.externalLinks ?? []).length > 0).length).toBeGreaterThanOrEqual(5)
    for (const doc of items.docs) expect(JSON.stringify(doc.body)).not.toMatch(/lorem ipsum/i)

    const events = await payload.find({ collection: 'events', where: published, limit: 1000, depth: 0 })
    expect(events.totalDocs).toBeGreaterThanOrEqual(12)
    expect(events.docs.filter((e) => new Date(e.startsAt) > new Date()).length).toBeGreaterThanOrEqual(3)
    const edition = await payload.find({ collection: 'editions', where: { year: { equals: 2023 } }, depth: 0 })
    expect(edition.totalDocs).toBe(1)
  })

  it('has figures: at least 12 indicators over 5 years for Brabant, the Netherlands and the four COROP regions, examples marked as such', async () => {
    const regions = await payload.find({ collection: 'regions', where: { cbsCode: { in: ['NL01', 'PV30', 'CR34', 'CR35', 'CR36', 'CR37'] } }, depth: 0, pagination: false })
    expect(regions.docs).toHaveLength(6)
    const indicators = await payload.find({ collection: 'indicators', depth: 0, pagination: false })
    let complete = 0
    for (const indicator of indicators.docs) {
      const { docs } = await payload.find({ collection: 'observations', where: { indicator: { equals: indicator.id }, region: { in: regions.docs.map((r) => r.id) } }, depth: 0, pagination: false })
      const years = (region: number) => new Set(docs.filter((d) => d.region === region).map((d) => d.year)).size
      if (regions.docs.every((region) => years(region.id) >= 5)) {
        complete++
        // Made-up values are marked as examples, and their source says so.
        expect(indicator.exampleData, indicator.slug).toBe(true)
        expect(indicator.source, indicator.slug).toMatch(/voorbeeldcijfers/)
      }
    }
    expect(complete).toBeGreaterThanOrEqual(12)
    // The one real figure keeps its real source and is not an example.
    const real = indicators.docs.find((indicator) => indicator.slug === 'rapportcijfer-eigen-leven')!
    expect(real).toMatchObject({ exampleData: false, source: expect.stringContaining('Het PON & Telos') })
  })

  it('has an unpublished draft of every collection with drafts', async () => {
    for (const collection of ['knowledge-items', 'programmes', 'events', 'pages'] as const) {
      const drafts = await payload.count({ collection, where: { and: [{ _status: { equals: 'draft' } }, { slug: { like: 'concept' } }] } })
      expect(drafts.totalDocs, collection).toBeGreaterThanOrEqual(1)
    }
  })

  it('is idempotent: a second run creates and changes nothing', async () => {
    // Nothing else writes while this file runs (test files run one after another).
    const snapshot = async () => {
      const result: Record<string, string[]> = {}
      for (const collection of ['knowledge-items', 'programmes', 'events', 'pages', 'organisations', 'themes', 'regions', 'media', 'editions', 'indicators', 'observations', 'figure-imports', 'users'] as const) {
        const { docs } = await payload.find({ collection, limit: 100_000, depth: 0, draft: true, sort: 'id', pagination: false })
        result[collection] = docs.map((d) => `${d.id}:${d.updatedAt}`)
      }
      return result
    }
    const before = await snapshot()
    const { created, accounts } = await seed(payload)
    expect(created).toEqual({})
    expect(accounts).toEqual([])
    expect(await snapshot()).toEqual(before)
  })
})
