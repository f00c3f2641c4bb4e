// Search for words that many items contain (src/search/bounded.ts): the page comes from the top lists,
// the total is an estimate and facet values have no counts. On a database of its own with 6,000
// generated items (the benchmark's generator), where the common words of the field are in over 1,000
// items each; every result is compared with the exact search of the same query.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BasePayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generate } from '../../../../bench/search/generate.mjs'
import { queryOnce } from '../../../../scripts/lib/backup.mjs'
import { cmsCli } from '../../../../scripts/lib/processes.mjs'
import { databaseAt, query, queryPrepared, toQuery, withClient } from '../../src/db'
import { planBounded, topSize } from '../../src/search/bounded'
import { recountFacetsSql } from '../../src/search/facets'
import { knowledgeSearchSql, searchKnowledge } from '../../src/search/knowledge'
import { parseKnowledgeSearch } from '../../src/search/query'
import { queryAlternatives } from '../../src/search/spelling'
import { suggestTitles, suggestTitlesSql } from '../../src/search/suggest'
import { refreshSearchLists } from '../../src/search/terms'
import { requiredEnv, unique } from './helpers'

const name = unique('kb_bounded').replace(/-/g, '_')
const url = (() => {
  const parsed = new URL(requiredEnv('DATABASE_URL'))
  parsed.pathname = `/${name}`
  return parsed.href
})()
const media = mkdtempSync(path.join(os.tmpdir(), 'kb-bounded-'))
let database: ReturnType<typeof databaseAt>
let payload: BasePayload

/** A search as the endpoint runs it: the query string read, the words' alternatives (synonyms, corrections) found. */
async function searchFor(queryString: string) {
  const parsed = parseKnowledgeSearch(new URLSearchParams(queryString))
  return { ...parsed, ...(await queryAlternatives(payload, parsed.words)) }
}

/** The exact search of the same query (every match ranked and counted), as ids in order and the total. */
async function exactly(search: Awaited<ReturnType<typeof searchFor>>) {
  const [row] = await queryPrepared<{ docs: { id: number }[]; total: string }>(payload, knowledgeSearchSql(search))
  return { ids: row!.docs.map((doc) => doc.id), total: Number(row!.total) }
}

beforeAll(async () => {
  await queryOnce(requiredEnv('DATABASE_URL'), `CREATE DATABASE ${name}`)
  const env = { DATABASE_URL: url, MEDIA_DIR: media }
  cmsCli(['migrate'], { env })
  cmsCli(['seed'], { env })
  database = databaseAt(url)
  payload = database.payload
  await withClient(payload, (client) => generate(client, 6000, { recountFacetsSql, log: () => {} }))
}, 300_000)

afterAll(async () => {
  await database?.end()
  await queryOnce(requiredEnv('DATABASE_URL'), `DROP DATABASE IF EXISTS ${name}`)
  rmSync(media, { recursive: true, force: true })
})

describe('search for common words', () => {
  it('reads a very common word’s page from its top list: the very page of the exact search, an estimated total, values without counts', async () => {
    const search = await searchFor('q=gemeente')
    expect(await planBounded(payload, search)).toMatchObject({ listed: ['gemeent'], unlisted: [] })
    const result = await searchKnowledge(payload, search)
    const exact = await exactly(search)
    expect(exact.total).toBeGreaterThan(2000)
    expect(result.totalIsEstimate).toBe(true)
    expect(Math.abs(result.totalDocs - exact.total) / exact.total).toBeLessThan(0.05)
    expect(result.docs.map((doc) => doc.id)).toEqual(exact.ids)
    expect(result.docs[0]!.snippet).toContain('⟦')
    expect(result.totalPages).toBe(Math.ceil(topSize / search.limit))
    expect(result.facets.type).toHaveLength(6)
    for (const values of Object.values(result.facets)) for (const value of values) expect(value.count).toBeNull()
  })

  it('several common words, synonyms and filters: every hit matches them all, the page is the exact one or nearly, the total close', async () => {
    for (const query of [
      'q=brede%20welvaart',
      'q=de%20gemeente%20en%20de%20provincie',
      'q=woningen&type=lesson',
      'q=inwoners%20provincie&audience=municipalities',
    ]) {
      const search = await searchFor(query)
      const result = await searchKnowledge(payload, search)
      const exact = await exactly({ ...search, limit: 50 })
      expect(result.totalIsEstimate, query).toBe(true)
      // Every hit is among the exact search's first hundred, and the exact first three are on the page.
      const best = [...exact.ids, ...(await exactly({ ...search, limit: 50, page: 2 })).ids]
      expect(result.docs.length, query).toBe(search.limit)
      for (const doc of result.docs) expect(best, query).toContain(doc.id)
      expect(result.docs.map((doc) => doc.id), query).toEqual(expect.arrayContaining(exact.ids.slice(0, 3)))
      expect(Math.abs(result.totalDocs - exact.total) / exact.total, query).toBeLessThan(0.15)
    }
  })

  it('sees what changed since the lists were built: an unpublished item is gone at once, a changed one ranks by its new text', async () => {
    const search = await searchFor('q=gemeente')
    const before = await searchKnowledge(payload, search)
    const [first, , third] = before.docs
    // Unpublished (as Payload does: the row's status and its updated_at change).
    await query(payload, `UPDATE knowledge_items SET _status = 'draft', updated_at = now() WHERE id = $1`, [first!.id])
    // An item far down the list gets the word into its title three times over.
    const { rows } = await query<{ id: number }>(
      payload,
      `SELECT id FROM knowledge_items WHERE _status = 'published' AND search @@ 'gemeent'::tsquery AND id <> ALL($1::int[]) ORDER BY ts_rank(search, 'gemeent'::tsquery) LIMIT 1`,
      [before.docs.map((doc) => doc.id)],
    )
    await query(payload, `UPDATE knowledge_items SET title = 'Gemeente, gemeenten en gemeentelijk beleid', summary = 'Wat de gemeente doet.', updated_at = now() WHERE id = $1`, [rows[0]!.id])
    const after = await searchKnowledge(payload, search)
    expect(after.totalIsEstimate).toBe(true)
    expect(after.docs.map((doc) => doc.id)).not.toContain(first!.id)
    expect(after.docs[0]!.id).toBe(rows[0]!.id)
    expect(after.docs.map((doc) => doc.id)).toEqual((await exactly(search)).ids)
    expect(after.docs.map((doc) => doc.id)).toContain(third!.id)
    // The hourly rebuild takes the changes in; the result stays the same.
    await refreshSearchLists(payload)
    expect((await searchKnowledge(payload, search)).docs.map((doc) => doc.id)).toEqual(after.docs.map((doc) => doc.id))
  })

  it('searches exactly when the top lists cannot fill the page (rare filters) or the page lies beyond them', async () => {
    for (const query of ['q=gemeente&type=lesson&year=2021&programme=cultuur-en-erfgoed', `q=gemeente&page=${Math.ceil(topSize / 12) + 1}`]) {
      const search = await searchFor(query)
      const result = await searchKnowledge(payload, search)
      const exact = await exactly(search)
      expect(result.totalIsEstimate, query).toBe(false)
      expect(result.totalDocs, query).toBe(exact.total)
      expect(result.docs.map((doc) => doc.id), query).toEqual(exact.ids)
      for (const values of Object.values(result.facets)) for (const value of values) expect(typeof value.count, query).toBe('number')
    }
  })

  it('plans from what the corrections’ statement read, exactly as from a statement of its own', async () => {
    // Synonyms (woningen: the demo's housing group, several words in one entry), a correction, a compound, stop words.
    for (const query of ['q=gemeente', 'q=woningen&type=lesson', 'q=brede%20welvaart', 'q=de%20gemeente%20en%20de%20provincie', 'q=gemeentte%20inwoners', 'q=energie%20transitie', 'q=mantelzorg%20vrijwilligers']) {
      const search = await searchFor(query)
      const forms = search.words.flatMap((word) => [word, ...(search.alternatives[word] ?? [])])
      expect(forms.filter((form) => !search.stats?.lexemes[form]), query).toEqual([])
      expect(await planBounded(payload, search), query).toEqual(await planBounded(payload, { ...search, stats: undefined }))
    }
  })

  it('without words and with three filters, lists the other filters’ values without counts once the matches are more than it counts', async () => {
    type Row = { docs: { id: number }[]; total: string; facets: { facet: string; value: string; count: number | null }[] }
    const search = await searchFor('type=lesson&audience=municipalities&year=2024')
    const [counted] = await queryPrepared<Row>(payload, knowledgeSearchSql(search))
    // The same search as if it counted up to 10 matches only (the CMS counts up to exactUpTo, 1,000).
    const [listed] = await queryPrepared<Row>(payload, knowledgeSearchSql(search, null, 10))
    expect(Number(counted!.total)).toBeGreaterThan(10)
    expect(Number(listed!.total)).toBe(Number(counted!.total))
    expect(listed!.docs.map((doc) => doc.id)).toEqual(counted!.docs.map((doc) => doc.id))
    const selected = ['type', 'audience', 'year']
    const values = (row: Row, own: boolean) => row.facets.filter((value) => selected.includes(value.facet) === own).map(({ facet, value, count }) => ({ facet, value, count }))
    // The selected filters keep their exact counts (from the counts table); the others have values, no counts.
    expect(values(listed!, true)).toEqual(values(counted!, true))
    expect(values(counted!, false).some((value) => typeof value.count === 'number' && value.count > 0)).toBe(true)
    expect(values(listed!, false).every((value) => value.count === null)).toBe(true)
    expect(values(listed!, false).map(({ facet, value }) => `${facet}:${value}`)).toEqual(expect.arrayContaining(values(counted!, false).map(({ facet, value }) => `${facet}:${value}`)))
  })

  it('keeps searches exact while the words match up to a thousand items', async () => {
    const search = await searchFor('q=mantelzorg%20vrijwilligers')
    expect(await planBounded(payload, search)).toBeNull()
    expect((await searchKnowledge(payload, search)).totalIsEstimate).toBe(false)
  })
})

/**
 * Suggestions as if no word had a list: the same statement with an empty temporary `search_head_top`,
 * which the statement's unqualified name finds first, so every match is ranked.
 */
async function suggestedExactly(words: string[]): Promise<string[]> {
  return withClient(payload, async (client) => {
    await client.query('CREATE TEMPORARY TABLE search_head_top (lexeme text, item_id integer, score real, published_at timestamptz)')
    try {
      const { text, values } = toQuery(suggestTitlesSql(words))
      return (await client.query<{ slug: string }>(text, values)).rows.map((row) => row.slug)
    } finally {
      await client.query('DROP TABLE pg_temp.search_head_top')
    }
  })
}

describe('suggestions for common words', () => {
  const typed = [['gemee'], ['onder'], ['brede', 'welv'], ['samenwerking', 'inw'], ['gemeente', 'zorg']]

  it('come from the words’ top lists: eight published titles that match every word, most of them the best of every match', async () => {
    const { rows: listed } = await query<{ n: number }>(payload, `SELECT count(*)::int AS n FROM search_head_top WHERE lexeme = 'gemeent'`)
    expect(listed[0]!.n).toBe(200)
    let shared = 0
    for (const words of typed) {
      const slugs = (await suggestTitles(payload, words)).map((suggestion) => suggestion.slug)
      expect(slugs, words.join(' ')).toHaveLength(8)
      // Each is published and has the typed words and a word that begins with the last one (as typed or stemmed) in its title or summary.
      const { rows } = await query<{ n: number }>(
        payload,
        `SELECT count(*)::int AS n FROM knowledge_items WHERE slug = ANY($1) AND _status = 'published'
          AND search_head @@ (to_tsquery('dutch', $2) && (to_tsquery('dutch', $3) || to_tsquery('simple', $3)))`,
        [slugs, words.slice(0, -1).join(' & '), `'${words.at(-1)}':*`],
      )
      expect(rows[0]!.n, words.join(' ')).toBe(8)
      const exact = await suggestedExactly(words)
      expect(exact, words.join(' ')).toHaveLength(8)
      shared += slugs.filter((slug) => exact.includes(slug)).length
    }
    // Measured on these 6,000 items: 38 of 40 (at a million, where equal scores are many, fewer: see the README).
    expect(shared).toBeGreaterThanOrEqual(34)
  })

  it('see what changed since the lists were built: an unpublished item is gone at once, an edited one counts by its new title', async () => {
    const before = await suggestTitles(payload, ['gemee'])
    const { rows } = await query<{ id: number }>(payload, `SELECT id FROM knowledge_items WHERE slug = $1`, [before[0]!.slug])
    await query(payload, `UPDATE knowledge_items SET _status = 'draft', updated_at = now() WHERE id = $1`, [rows[0]!.id])
    // An item without the word gets it into its title three times over.
    const { rows: other } = await query<{ id: number; slug: string }>(
      payload,
      `SELECT id, slug FROM knowledge_items WHERE _status = 'published' AND NOT search_head @@ 'gemeent'::tsquery ORDER BY id LIMIT 1`,
    )
    await query(payload, `UPDATE knowledge_items SET title = 'Gemeente, gemeenten en gemeentelijk beleid', summary = 'Wat de gemeente doet.', updated_at = now() WHERE id = $1`, [other[0]!.id])
    const after = (await suggestTitles(payload, ['gemee'])).map((suggestion) => suggestion.slug)
    expect(after).not.toContain(before[0]!.slug)
    expect(after[0]).toBe(other[0]!.slug)
    // The hourly rebuild takes the changes in; the suggestions stay the same.
    await refreshSearchLists(payload)
    expect((await suggestTitles(payload, ['gemee'])).map((suggestion) => suggestion.slug)).toEqual(after)
  })
})
