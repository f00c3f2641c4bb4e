// The judged query set (tests/relevance/judgements.ts) against the demo content, through the search
// endpoint as the portal calls it. Items other test files create are left out of the ranking, so the
// positions are those among the demo items. Prints recall@3 and nDCG@10 (binary relevance) per kind.
import { describe, expect, it } from 'vitest'

import { knowledgeItems } from '../../src/seed/data/knowledge-items'
import { judgements, type Judgement } from '../relevance/judgements'
import { http } from './helpers'

const demo = new Set(knowledgeItems.filter((item) => item.status !== 'draft').map((item) => item.slug))

/** The demo items a query finds, best first. */
async function ranking(query: string): Promise<string[]> {
  const { status, body } = await http.get(`/api/search?q=${encodeURIComponent(query)}&limit=50`)
  expect(status, query).toBe(200)
  return (body.docs as { slug: string }[]).map((doc) => doc.slug).filter((slug) => demo.has(slug))
}

const ndcgAt10 = (found: string[], relevant: string[]) => {
  const dcg = found.slice(0, 10).reduce((sum, slug, i) => sum + (relevant.includes(slug) ? 1 / Math.log2(i + 2) : 0), 0)
  const ideal = relevant.slice(0, 10).reduce((sum, _, i) => sum + 1 / Math.log2(i + 2), 0)
  return dcg / ideal
}

describe('search relevance: the judged query set', () => {
  it('has at least 30 queries, each judging published demo items', () => {
    expect(judgements.length).toBeGreaterThanOrEqual(30)
    for (const judgement of judgements) {
      expect(judgement.top3.length, judgement.query).toBeGreaterThan(0)
      for (const slug of judgement.top3) expect(demo.has(slug), `${judgement.query}: ${slug}`).toBe(true)
    }
  })

  it('finds every judged item among the first three results', async () => {
    const results: (Judgement & { found: string[]; recall: number; ndcg: number })[] = []
    for (const judgement of judgements) {
      const found = await ranking(judgement.query)
      const top3 = found.slice(0, 3)
      results.push({
        ...judgement,
        found: top3,
        recall: judgement.top3.filter((slug) => top3.includes(slug)).length / judgement.top3.length,
        ndcg: ndcgAt10(found, judgement.top3),
      })
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
    const kinds = [...new Set(results.map((result) => result.kind ?? 'words'))]
    console.log(
      [
        `relevance: ${results.length} queries, recall@3 ${mean(results.map((r) => r.recall)).toFixed(3)}, nDCG@10 ${mean(results.map((r) => r.ndcg)).toFixed(3)}`,
        ...kinds.map((kind) => {
          const of = results.filter((result) => (result.kind ?? 'words') === kind)
          return `  ${kind}: ${of.length} queries, recall@3 ${mean(of.map((r) => r.recall)).toFixed(3)}, nDCG@10 ${mean(of.map((r) => r.ndcg)).toFixed(3)}`
        }),
      ].join('\n'),
    )
    const misses = results.filter((result) => result.recall < 1).map((result) => `"${result.query}": wanted ${result.top3.join(', ')}; got ${result.found.join(', ') || 'nothing'}`)
    expect(misses).toEqual([])
  })
})
