#!/usr/bin/env node
// Page weight per route type of a running, built portal: HTML + CSS + JS as the browser loads
// them on a first visit in Chromium (no cache; images and fonts not counted), each counted raw and
// gzip-compressed (zlib level 6).
//   npm start            (in another terminal: built portal on :5173 with demo content)
//   node bench/page-weight.mjs [portal-url]
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'

import { routes } from './routes.mjs'

const base = process.argv[2] ?? process.env.PORTAL_URL ?? 'http://localhost:5173'

// Playwright comes with the portal's dev dependencies.
const require = createRequire(new URL('../apps/web/package.json', import.meta.url))
const { chromium } = require('@playwright/test')

const size = (buffer) => ({ raw: buffer.length, gz: gzipSync(buffer, { level: 6 }).length })
const kb = (bytes) => (bytes / 1024).toFixed(1)

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})

/** Loads the page in Chromium (fresh context, no cache) and sums every document, stylesheet and script it fetched. */
async function measure(path) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } })
  const page = await context.newPage()
  const loaded = []
  page.on('response', (response) => {
    const kind = { document: 'html', stylesheet: 'css', script: 'js' }[response.request().resourceType()]
    if (kind) loaded.push(response.body().then((body) => ({ kind, ...size(body) })).catch(() => null))
  })
  const response = await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' })
  const totals = { html: { raw: 0, gz: 0 }, css: { raw: 0, gz: 0 }, js: { raw: 0, gz: 0 } }
  let files = 0
  for (const entry of await Promise.all(loaded)) {
    if (!entry) continue
    totals[entry.kind].raw += entry.raw
    totals[entry.kind].gz += entry.gz
    files++
  }
  await context.close()
  return { status: response?.status(), files, ...totals }
}

console.log(`Page weight of ${base} (KiB; gzip = zlib level 6)\n`)
console.log('route                    status  HTML gz   CSS gz   JS gz  total gz  total raw  files')
for (const [name, path] of Object.entries(routes)) {
  const m = await measure(path)
  const gz = m.html.gz + m.css.gz + m.js.gz
  const raw = m.html.raw + m.css.raw + m.js.raw
  console.log(
    `${name.padEnd(24)} ${String(m.status).padStart(6)} ${kb(m.html.gz).padStart(8)} ${kb(m.css.gz).padStart(8)} ${kb(m.js.gz).padStart(7)} ${kb(gz).padStart(9)} ${kb(raw).padStart(10)} ${String(m.files).padStart(6)}`,
  )
}
await browser.close()
