#!/usr/bin/env node
// Lighthouse accessibility and best-practices scores of every route type of a running, built portal, at
// phone size (Lighthouse's default mobile emulation) and at 1280 px, in Debian's Chromium. Lighthouse is not a
// dependency of the project (it is large); the pinned version is fetched once by npx.
//   npm start            (in another terminal: built portal on :5173 with demo content)
//   node bench/lighthouse.mjs [portal-url]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { routes } from './routes.mjs'

const lighthouse = 'lighthouse@13.5.0'
const base = process.argv[2] ?? process.env.PORTAL_URL ?? 'http://localhost:5173'
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kb-lighthouse-'))
const categories = ['accessibility', 'best-practices']
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'

function audit(url, desktop) {
  const out = path.join(tmp, 'report.json')
  const result = spawnSync(
    'npx',
    ['--yes', lighthouse, url, `--only-categories=${categories.join(',')}`, '--output=json', `--output-path=${out}`, `--chrome-flags=${chromeFlags}`, '--quiet', ...(desktop ? ['--preset=desktop'] : [])],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8' },
  )
  if (result.status !== 0) throw new Error(`lighthouse failed for ${url}: ${result.stderr.slice(-500)}`)
  const report = JSON.parse(readFileSync(out, 'utf8'))
  return Object.fromEntries(
    categories.map((category) => {
      const failing = report.categories[category].auditRefs
        .map((ref) => report.audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'informative')
        .map((a) => a.id)
      return [category, { score: Math.round(report.categories[category].score * 100), failing }]
    }),
  )
}

console.log(`Lighthouse (${lighthouse}) accessibility and best practices of ${base}\n`)
console.log('route                    accessibility phone / 1280 px   best practices phone / 1280 px   failing audits')
let worst = 100
for (const [name, route] of Object.entries(routes)) {
  // Lighthouse does not audit an error answer; the 404 page has its axe-core check in the e2e tests.
  if (name.includes('404')) continue
  const url = new URL(route, base).href
  const phone = audit(url, false)
  const wide = audit(url, true)
  const scores = categories.flatMap((category) => [phone[category].score, wide[category].score])
  worst = Math.min(worst, ...scores)
  const failing = new Set(categories.flatMap((category) => [...phone[category].failing, ...wide[category].failing]))
  console.log(`${name.padEnd(24)} ${String(scores[0]).padStart(13)} / ${String(scores[1]).padEnd(7)} ${String(scores[2]).padStart(22)} / ${String(scores[3]).padEnd(9)} ${[...failing].join(', ')}`)
}
rmSync(tmp, { recursive: true, force: true })
console.log(`\nlowest score: ${worst}${worst === 100 ? '' : ' (target: 100 everywhere)'}`)
process.exitCode = worst === 100 ? 0 : 1
