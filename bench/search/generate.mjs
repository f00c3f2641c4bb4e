// Generated knowledge items for the search benchmark (run.mjs) and the bounded-search test
// (apps/cms/tests/int/bounded-search.int.spec.ts): realistic Dutch texts with themes, programmes,
// regions, audiences and 5 % drafts, so facets have work to do.

// Vocabulary of generated texts: a few very common words of the field, its topic words, and Dutch
// compounds of those (woningbouwopgave, zorgnetwerk …), about 2,500 words in all. Words are picked
// with a skew (power 2.5), so a few are in most texts and most are rare, as in real text.
const commonWords = 'brede welvaart gemeente inwoners provincie regio beleid samen'.split(' ')
const roots = `wonen woningen woning zorg gezondheid onderwijs school scholen werk werkgelegenheid werkgevers natuur
  klimaat energie mobiliteit armoede bestaanszekerheid veiligheid samenwerking samenwerken wijk wijken dorp dorpen
  jongeren ouderen welzijn tevredenheid leefomgeving economie innovatie landbouw water cultuur erfgoed vertrouwen
  participatie monitor indicatoren begroting afweging toekomst generaties duurzaamheid kansengelijkheid inkomen
  vermogen verenigingen vrijwilligers mantelzorg eenzaamheid luchtkwaliteit geluid groen biodiversiteit
  bereikbaarheid vervoer fiets bedrijven ondernemers arbeidsmarkt vaardigheden kennis lessen praktijk onderzoek
  instrument werksessie`.split(/\s+/)
const parts = `beleid plan aanpak gesprek project netwerk opgave regeling fonds agenda team vraag kosten sector
  programma visie akkoord overleg raad loket coalitie pilot traject strategie doelen kaart scan index
  dialoog atlas kompas`.split(/\s+/)
let seed = 42
const shuffle = (list) => list.map((value) => ({ value, key: (seed = (seed * 16807) % 2147483647) })).sort((a, b) => a.key - b.key).map(({ value }) => value)
const topicWords = [...commonWords, ...shuffle([...roots, ...roots.flatMap((root) => parts.map((part) => root + part))])]
const smallWords = 'de het een en van in voor met op over naar door bij om dat die is zijn wordt worden kan meer ook als'.split(' ')

/** A progress bar on a terminal (one line, redrawn), a line per tenth elsewhere (logs, CI). */
let lastTenth = -1
function progress(done, total, log) {
  const share = done / total
  if (process.stdout.isTTY) {
    const width = 30
    process.stdout.write(`\r  generating [${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${done.toLocaleString('en')} / ${total.toLocaleString('en')}${done === total ? '\n' : ''}`)
  } else if (Math.floor(share * 10) > lastTenth) {
    lastTenth = Math.floor(share * 10)
    log(`  generating: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} items (${Math.round(share * 100)} %)`)
  }
  if (done === total) lastTenth = -1
}

/**
 * Adds `size` generated items to a migrated and seeded database (themes, programmes and regions exist),
 * with relation rows and facet keys as the triggers would write them, then counts the facet sets, and
 * builds the word list and the top lists of common words. `recountFacetsSql`: the CMS's statement (src/search/facets.ts).
 */
export async function generate(client, size, { recountFacetsSql, log = console.log }) {
  const { rows: themes } = await client.query('SELECT id FROM themes ORDER BY id')
  const { rows: programmes } = await client.query("SELECT id FROM programmes WHERE _status = 'published' ORDER BY id")
  // Each region with the keys of an item that names it, as the facet triggers compute them: itself and
  // every region above it, and itself as a whole. Three in four items apply to all of Brabant
  // ('whole:all', no region named), as in the demo content; a sample is checked against the triggers' function below.
  const { rows: regions } = await client.query(`WITH RECURSIVE up(id, ancestor) AS (
      SELECT id, id FROM regions UNION SELECT up.id, r.parent_id FROM regions r JOIN up ON r.id = up.ancestor WHERE r.parent_id IS NOT NULL)
    SELECT id, 'whole:' || id || ',' || string_agg('region:' || ancestor, ',') AS keys FROM up GROUP BY id ORDER BY id`)
  const audiences = ['municipalities', 'province', 'civil-society', 'knowledge-institutions', 'businesses', 'residents']
  const text = (n) => `(SELECT string_agg(CASE WHEN random() < 0.35 THEN ($2::text[])[1 + floor(random() * $3)::int] ELSE ($1::text[])[1 + floor(power(random(), 2.5) * $4)::int] END, ' ')
    FROM generate_series(1, ${n} + (g % 3)) WHERE g IS NOT NULL)`
  const paragraph = (n) => `jsonb_build_object('type', 'paragraph', 'version', 1, 'children', jsonb_build_array(jsonb_build_object('type', 'text', 'version', 1, 'text', ${text(n)})))`
  // Relations follow from the item number g, so items, their facet keys and the relation rows agree.
  const base = 1_000_000
  const theme = (n) => `($6::int[])[1 + ((g * 7 + ${n} * 3) % cardinality($6::int[]))]`
  const params = (from, to) => [topicWords, smallWords, smallWords.length, topicWords.length, from, themes.map((r) => r.id), programmes.map((r) => r.id), regions.map((r) => r.id), regions.map((r) => r.keys), audiences, to]
  // Bulk load without the per-row facet triggers: the keys are written with the items.
  await client.query('SET session_replication_role = replica')
  await client.query('SELECT setseed(0.42)')
  // In chunks, with a progress bar: a million items take minutes.
  const chunk = 50_000
  for (let from = 1; from <= size; from += chunk) {
  const to = Math.min(size, from + chunk - 1)
  progress(from - 1, size, log)
  await client.query(
    `WITH src AS (
       SELECT g, initcap(${text(5)}) AS title, ${text(18)} AS summary,
         jsonb_build_object('root', jsonb_build_object('type', 'root', 'version', 1, 'children', jsonb_build_array(${paragraph(40)}, ${paragraph(40)}, ${paragraph(30)}))) AS body,
         (ARRAY['article','lesson','tool','practice-example','research','media'])[1 + floor(random() * 6)::int] AS type,
         now() - random() * interval '6 years' AS published_at,
         CASE WHEN random() < 0.05 THEN 'draft' ELSE 'published' END AS status
       FROM generate_series($5::int, $11::int) g)
     INSERT INTO knowledge_items (id, title, slug, generate_slug, summary, body, type, published_at, created_at, updated_at, _status, region_scope, facet_keys)
     SELECT ${base} + g, title, 'bench-' || g, false, summary, body, type::enum_knowledge_items_type, published_at, published_at, published_at, status::enum_knowledge_items_status,
       CASE WHEN g % 4 = 0 THEN 'regions' ELSE 'brabant' END::enum_knowledge_items_region_scope,
       ARRAY['type:' || type, 'year:' || extract(year FROM published_at AT TIME ZONE 'Europe/Amsterdam')::int]
       || ARRAY(SELECT DISTINCT 'theme:' || ${theme('n')} FROM generate_series(1, 1 + g % 3) n)
       || CASE WHEN g % 5 < 2 THEN ARRAY['programme:' || ($7::int[])[1 + (g % cardinality($7::int[]))]] ELSE '{}'::text[] END
       || CASE WHEN g % 4 = 0 THEN string_to_array(($9::text[])[1 + ((g * 11) % cardinality($8::int[]))], ',') ELSE ARRAY['whole:all'] END
       || ARRAY(SELECT 'audience:' || ($10::text[])[1 + ((g + n * 2) % 6)] FROM generate_series(1, 1 + g % 2) n)
     FROM src`,
    params(from, to),
  )
  await client.query(
    `INSERT INTO knowledge_items_rels ("order", parent_id, path, themes_id)
     SELECT DISTINCT 1, ${base} + g, 'themes', ${theme('n').replaceAll('$6', '$2')} FROM generate_series($3::int, $1::int) g, generate_series(1, 1 + g % 3) n`,
    [to, themes.map((r) => r.id), from],
  )
  await client.query(
    `INSERT INTO knowledge_items_rels ("order", parent_id, path, programmes_id)
     SELECT 1, ${base} + g, 'programmes', ($1::int[])[1 + (g % cardinality($1::int[]))] FROM generate_series($3::int, $2::int) g WHERE g % 5 < 2`,
    [programmes.map((r) => r.id), to, from],
  )
  await client.query(
    `INSERT INTO knowledge_items_rels ("order", parent_id, path, regions_id)
     SELECT 1, ${base} + g, 'regions', ($1::int[])[1 + ((g * 11) % cardinality($1::int[]))] FROM generate_series($3::int, $2::int) g WHERE g % 4 = 0`,
    [regions.map((r) => r.id), to, from],
  )
  await client.query(
    `INSERT INTO knowledge_items_audience ("order", parent_id, value)
     SELECT n, ${base} + g, ($1::text[])[1 + ((g + n * 2) % 6)]::enum_knowledge_items_audience FROM generate_series($3::int, $2::int) g, generate_series(1, 1 + g % 2) n`,
    [audiences, to, from],
  )
  }
  progress(size, size, log)
  const { rows: differ } = await client.query(
    `SELECT count(*)::int AS n FROM (SELECT * FROM knowledge_items WHERE id > ${base} ORDER BY id LIMIT 2000) ki
     WHERE kb_facet_set(ki.facet_keys) <> kb_facet_set(kb_item_keys(ki.id, ki.type::text, ki.published_at, ki.evidence::text, ki.region_scope::text))`,
  )
  if (differ[0].n) throw new Error(`${differ[0].n} of 2000 generated items have other facet keys than the triggers would give them`)
  // The triggers were off: count the facet sets as the migration does.
  await client.query(recountFacetsSql)
  await client.query('SET session_replication_role = DEFAULT')
  await client.query('REFRESH MATERIALIZED VIEW search_terms')
  // The top lists of common words (src/search/bounded.ts, src/search/suggest.ts), as the hourly task builds them.
  const lists = performance.now()
  await client.query("SET work_mem = '512MB'")
  await client.query('REFRESH MATERIALIZED VIEW search_lexemes')
  await client.query('REFRESH MATERIALIZED VIEW search_top')
  await client.query('REFRESH MATERIALIZED VIEW search_head_top')
  await client.query('RESET work_mem')
  log(`  top lists of common words built in ${((performance.now() - lists) / 1000).toFixed(0)} s`)
  await client.query('VACUUM ANALYZE')
}
