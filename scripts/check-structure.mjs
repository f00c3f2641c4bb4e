#!/usr/bin/env node
// Structure rules that a type checker cannot see, checked in `npm test` (README: "Where things go"):
//
// 1. SQL goes through one door: only apps/cms/src/db.ts touches Payload's pool or drizzle instance
//    (migrations get their `db` from Payload and are exempt), and nothing casts its way to them.
// 2. Migrations are frozen: they import nothing from the application's live code.
// 3. No sentence is written twice in an app: a text of five words or more (a string literal or text in
//    a Svelte template) stands in one place, normally that app's message module.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'apps', 'packages'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(ts|svelte|tsx)$/.test(file) && !file.endsWith('.d.ts') && !file.includes('/payload-types.ts') && !file.includes('importMap'))
const source = (file) => readFileSync(path.join(root, file), 'utf8')
const problems = []

// 1. One door to SQL.
const isMigration = (file) => file.startsWith('apps/cms/src/migrations/')
for (const file of tracked) {
  if (file === 'apps/cms/src/db.ts' || isMigration(file)) continue
  source(file)
    .split('\n')
    .forEach((line, i) => {
      if (/\bdb\s*\.\s*(pool|drizzle)\b|\.db\s+as\b|\bas unknown as\b.*\b(pool|drizzle|Postgres\w*|Pool)\b|from 'pg'/.test(line)) {
        problems.push(`${file}:${i + 1}: reaches the database around apps/cms/src/db.ts: ${line.trim()}`)
      }
    })
}

// 2. Frozen migrations.
for (const file of tracked.filter(isMigration)) {
  for (const match of source(file).matchAll(/from '(\.\.\/[^']+)'/g)) problems.push(`${file}: imports live code (${match[1]}); a migration holds its own SQL`)
}

// 3. No sentence twice per app.
const sentences = new Map()
const texts = (file, text) => {
  const found = []
  for (const match of text.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) found.push(match[2])
  if (file.endsWith('.svelte')) for (const match of text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').matchAll(/>([^<>{}]+)</g)) found.push(match[1])
  // A sentence: four words or more ending in . ? ! or :, or eight words or more (names such as
  // "Week van de Brede Welvaart" may stand in several places).
  const sentence = (t) => (t.split(' ').length >= 4 && /[.?!:…]$/.test(t)) || t.split(' ').length >= 8
  return found.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => sentence(t) && /[a-zà-ÿ]{3}/.test(t) && !/[{}();=]|\$\{|^\w+:/.test(t))
}
for (const file of tracked) {
  if (/\.(spec|e2e)\.ts$|\/tests\/|\/seed\/|\/migrations\//.test(file)) continue
  const app = file.split('/').slice(0, 2).join('/')
  for (const text of texts(file, source(file))) {
    const key = `${app}\u0000${text}`
    const where = sentences.get(key)
    if (where && where !== file) problems.push(`"${text.slice(0, 80)}" is written in ${where} and again in ${file}: put it in the message module once`)
    else sentences.set(key, file)
  }
}

if (problems.length) {
  console.error(`✖ structure: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`)
  process.exit(1)
}
console.log(`✔ structure: one door to SQL, frozen migrations, no sentence twice (${tracked.length} files)`)
