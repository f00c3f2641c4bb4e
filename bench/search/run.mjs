#!/usr/bin/env node
// Search benchmark: generates 10,000 and 100,000 realistic Dutch knowledge items (with themes,
// programmes, regions, audiences and 5 % drafts, so facets have work to do), then measures p50/p95
// of a fixed query mix through the CMS endpoint (HTTP) and as the raw SQL alone (every statement the
// endpoint runs for it, without HTTP), and their ratio.
//
//   node bench/search/run.mjs [--sizes=10000,100000] [--runs=50]
//   node bench/search/run.mjs --sizes=1000000 --runs=10      (the scale issue's size; generating takes minutes)
//   --keep: leave the database running afterwards; --reuse: measure again on the database of the last run
//   of one size (its migrations are brought up to date, nothing is generated)
//
// Needs an installed and built workspace (run `npm test` or `npm start` once). Uses the PostgreSQL in
// DATABASE_URL, or an embedded one (port 54331, data in .data/postgres-bench). The database
// `kennisbank_bench` is created fresh for every size.
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import pg from 'pg'

import { startDatabase } from '../../scripts/lib/database.mjs'
import { cmsCli, dataDir, root, startServer, waitForHttp } from '../../scripts/lib/processes.mjs'
import { generate } from './generate.mjs'

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const sizes = arg('sizes', '10000,100000').split(',').map(Number)
const runs = Number(arg('runs', '50'))
const cmsPort = 3190

// The CMS's own query builder and facet SQL, bundled on the fly, so the raw SQL is exactly what the
// endpoint runs. Inside apps/cms (its dist/ is build output) so that the bundles' imports resolve there.
const cmsDir = path.join(root, 'apps/cms')
const cmsRequire = createRequire(path.join(cmsDir, 'package.json'))
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-'))
const { buildSync } = cmsRequire('esbuild')
const bundles = []
async function load(entry) {
  const outfile = path.join(cmsDir, 'dist', `bench-${path.basename(entry, '.ts')}.mjs`)
  buildSync({
    entryPoints: [path.join(cmsDir, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    alias: { '@kennisbank/types': path.join(root, 'packages/types/src') },
    outfile,
    logLevel: 'warning',
  })
  bundles.push(outfile)
  return import(pathToFileURL(outfile).href)
}
const { knowledgeSearchSql } = await load('src/search/knowledge.ts')
const { parseKnowledgeSearch } = await load('src/search/query.ts')
const { queryAlternatives } = await load('src/search/spelling.ts')
const { planBounded } = await load('src/search/bounded.ts')
const { suggestTitlesSql } = await load('src/search/suggest.ts')
const { recountFacetsSql } = await load('src/search/facets.ts')
// The CMS's one door to SQL turns the statements into SQL text and parameters, as the endpoint does.
const { toQuery } = await load('src/db.ts')

// The query mix; "two facets" marks the queries of the search issue's target (p95 < 30 ms at 100,000
// items); every query counts for the stricter target of the scale issue (p95 < 20 ms at 100,000 items,
// < 50 ms at 1,000,000). `suggest` queries go to the title suggestions (search-as-you-type).
const mix = [
  { name: 'text (one very common word)', query: 'q=gemeente' },
  { name: 'two very common words', query: 'q=brede%20welvaart' },
  { name: 'stop-word-heavy phrase', query: 'q=de%20gemeente%20en%20het%20beleid%20van%20de%20provincie' },
  { name: 'text + two facets', twoFacets: true, query: 'q=woningen&type=lesson&theme=wonen' },
  { name: 'two words + two facets (region rollup)', twoFacets: true, query: 'q=samenwerking%20inwoners&region=west-brabant&audience=municipalities' },
  { name: 'no text + two facets', twoFacets: true, query: 'theme=gezondheid&year=2024' },
  { name: 'no text + one facet', query: 'theme=gezondheid' },
  { name: 'no text + three facets', query: 'type=lesson&audience=municipalities&year=2024' },
  { name: 'text, sorted by date', query: 'q=klimaat%20energie&sort=date' },
  { name: 'rare word', query: 'q=mantelzorg' },
  { name: 'misspelling', query: 'q=mantelzrog%20vrijwiligers' },
  { name: 'everything (no text, no filter)', query: '' },
  { name: 'prefix as typed (suggestions)', suggest: true, query: 'q=samenwerking%20inw' },
  { name: 'common word + prefix (suggestions)', suggest: true, query: 'q=brede%20welv' },
  { name: 'prefix of a common word (suggestions)', suggest: true, query: 'q=gemee' },
]

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const ms = (value) => value.toFixed(1).padStart(7)

async function time(fn) {
  for (let i = 0; i < 5; i++) await fn()
  const samples = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples }
}

const cpu = os.cpus()
console.log(`Search benchmark — ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${runs} runs per query\n`)

for (const size of sizes) {
  const reuse = process.argv.includes('--reuse')
  const db = await startDatabase({ name: 'kennisbank_bench', dataDir: path.join(dataDir, 'postgres-bench'), port: 54331, fresh: !reuse, log: () => {} })
  const env = { DATABASE_URL: db.url, PAYLOAD_SECRET: 'bench-only-secret', PORTAL_API_KEY: 'bench-only-key', MEDIA_DIR: path.join(tmp, 'media'), PAYLOAD_JOBS_AUTORUN: 'false', API_RATE_LIMIT: '100000000' }
  let cms
  const pool = new pg.Pool({ connectionString: db.url, max: 10, options: '-c jit=off' })
  // Searches with words run planned once per connection, as the endpoint runs them (src/db.ts, `planOnce`).
  const plannedOnce = new pg.Pool({ connectionString: db.url, max: 10, options: '-c jit=off -c plan_cache_mode=force_generic_plan' })
  try {
    console.log(`${size.toLocaleString('en')} items: migrate, seed, generate …`)
    const started = performance.now()
    cmsCli(['migrate'], { env })
    if (!reuse) cmsCli(['seed'], { env })
    const client = await pool.connect()
    if (!reuse) await generate(client, size, { recountFacetsSql })
    const { rows } = await client.query("SELECT count(*) FILTER (WHERE _status = 'published') AS published, count(*) AS total, (SELECT server_version FROM (SELECT current_setting('server_version') AS server_version) v) FROM knowledge_items")
    // What the search reads: the items' table and its search indexes, the facet counts and the word list.
    const { rows: sizes } = await client.query(`SELECT c.relname AS name, pg_size_pretty(pg_total_relation_size(c.oid)) AS size FROM pg_class c
      WHERE c.relname IN ('knowledge_items', 'knowledge_items_search_idx', 'knowledge_items_search_head_idx', 'knowledge_items_published_order_idx', 'knowledge_facet_counts', 'search_terms', 'search_lexemes', 'search_top', 'search_head_top')
      ORDER BY pg_total_relation_size(c.oid) DESC`)
    client.release()
    console.log(`${((performance.now() - started) / 1000).toFixed(0)} s (${rows[0].total} items, ${rows[0].published} published; PostgreSQL ${rows[0].server_version})`)
    console.log(`sizes: ${sizes.map((row) => `${row.name} ${row.size}`).join(', ')} (a table's size includes its indexes)\n`)

    cms = startServer('cms', process.execPath, ['server.js'], {
      cwd: cmsDir,
      env: { ...env, NODE_ENV: 'production', PORT: String(cmsPort) },
      logFile: path.join(tmp, `cms-${size}.log`),
    })
    await waitForHttp(`http://127.0.0.1:${cmsPort}/api/search?limit=1`, { child: cms, timeoutMs: 120_000 })

    // A server that has answered a few hundred searches, as one in use has: the whole mix 20 times first,
    // so the first queries measured do not pay for the CMS's code still being compiled (V8) and its
    // connections' statements still being prepared.
    for (let round = 0; round < 20; round++) {
      for (const { query, suggest } of mix) await (await fetch(`http://127.0.0.1:${cmsPort}/api/search${suggest ? '/suggest' : ''}?${query}`)).arrayBuffer()
    }

    console.log('query                                     results  endpoint p50/p95   raw SQL p50/p95   ratio p95')
    const twoFacet = { endpoint: [], raw: [], ratios: [], p95s: [] }
    const all = []
    for (const { name, query, twoFacets, suggest } of mix) {
      const url = `http://127.0.0.1:${cmsPort}/api/search${suggest ? '/suggest' : ''}?${query}`
      let total = 0
      const endpoint = await time(async () => {
        const response = await fetch(url)
        if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
        const body = await response.json()
        total = suggest ? body.suggestions.length : `${body.totalIsEstimate ? '~' : ''}${body.totalDocs}`
      })
      // The endpoint's SQL without HTTP: with words, the statement that finds their alternatives (typo
      // corrections, compounds, synonyms, and the lexeme counts the plan needs; the CMS's own function on
      // the same pool), then the search statement, prepared and planned as the endpoint does (one name per
      // statement text). A search for common words runs bounded (src/search/bounded.ts).
      const parsed = parseKnowledgeSearch(new URLSearchParams(query))
      const db = { db: { pool } }
      const withAlternatives = { ...parsed, ...(await queryAlternatives(db, parsed.words)) }
      const bounded = suggest ? null : await planBounded(db, withAlternatives)
      const statement = toQuery(suggest ? suggestTitlesSql(parsed.words) : knowledgeSearchSql(withAlternatives, bounded))
      const statementName = `bench_${mix.findIndex((entry) => entry.query === query)}`
      const on = !suggest && parsed.words.length ? plannedOnce : pool
      const raw = await time(async () => {
        if (!suggest && parsed.words.length) await planBounded(db, { ...parsed, ...(await queryAlternatives(db, parsed.words)) })
        // Suggestions run unnamed, as the endpoint runs them (planned for their values on every call).
        await on.query(suggest ? { text: statement.text, values: statement.values } : { name: statementName, text: statement.text, values: statement.values })
      })
      if (twoFacets) {
        twoFacet.endpoint.push(...endpoint.samples)
        twoFacet.raw.push(...raw.samples)
        twoFacet.ratios.push(endpoint.p95 / raw.p95)
        twoFacet.p95s.push(endpoint.p95)
      }
      all.push({ name, p95: endpoint.p95, suggest })
      console.log(
        `${name.padEnd(40)} ${String(total).padStart(8)}  ${ms(endpoint.p50)} ${ms(endpoint.p95)}   ${ms(raw.p50)} ${ms(raw.p95)}   ${(endpoint.p95 / raw.p95).toFixed(2).padStart(6)}×`,
      )
    }
    // The floor of any endpoint: the same HTTP round trip through Next.js to a handler that runs no SQL.
    const floor = await time(async () => (await fetch(`http://127.0.0.1:${cmsPort}/api/search/suggest?q=`)).text())
    console.log(`${'(HTTP only: endpoint that runs no SQL)'.padEnd(40)} ${''.padStart(8)}  ${ms(floor.p50)} ${ms(floor.p95)}`)
    const e95 = percentile(twoFacet.endpoint, 95)
    const r95 = percentile(twoFacet.raw, 95)
    console.log(`${'ALL two-facet queries'.padEnd(40)} ${''.padStart(8)}  ${ms(percentile(twoFacet.endpoint, 50))} ${ms(e95)}   ${ms(percentile(twoFacet.raw, 50))} ${ms(r95)}   ${(e95 / r95).toFixed(2).padStart(6)}×`)
    const slowest = Math.max(...twoFacet.p95s)
    const worst = Math.max(...twoFacet.ratios)
    // The search issue's target is set at 100,000 items; at other sizes the line would only confuse.
    if (size === 100_000) console.log(`target of the search issue (at 100,000): endpoint p95 < 30 ms for every two-facet query → ${slowest < 30 ? 'met' : 'NOT met'} (slowest ${slowest.toFixed(2)} ms); endpoint p95 ≤ 2 × raw SQL p95 → ${twoFacet.ratios.map((r) => `${r.toFixed(2)}× ${r <= 2 ? 'met' : 'NOT met'}`).join(', ')} (worst ${worst.toFixed(2)}×)`)
    // The scale issue: every search p95 < 20 ms at 100,000 items and < 50 ms at 1,000,000; suggestions < 10 ms at 1,000,000.
    const limit = size >= 1_000_000 ? 50 : 20
    const searches = all.filter((entry) => !entry.suggest)
    const missed = searches.filter((entry) => entry.p95 >= limit)
    console.log(`target of the scale issue (at ${size.toLocaleString('en')}): every search p95 < ${limit} ms → ${missed.length ? `NOT met (${missed.length} of ${searches.length}: ${missed.map((entry) => `${entry.name} ${entry.p95.toFixed(1)} ms`).join('; ')})` : 'met'}`)
    if (size >= 1_000_000) {
      const suggestions = all.filter((entry) => entry.suggest)
      console.log(`target of the scale issue: suggestions p95 < 10 ms → ${suggestions.every((entry) => entry.p95 < 10) ? 'met' : 'NOT met'} (${suggestions.map((entry) => `${entry.p95.toFixed(1)} ms`).join(', ')})`)
    }
    console.log('')
    if (process.argv.includes('--keep')) {
      console.log(`--keep: the database stays up at ${db.url} (stop with Ctrl+C)`)
      await new Promise(() => {})
    }
  } finally {
    await pool.end()
    await plannedOnce.end()
    await cms?.stop()
    await db.stop()
  }
}
rmSync(tmp, { recursive: true, force: true })
for (const file of bundles) rmSync(file, { force: true })
