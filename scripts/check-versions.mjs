// Keeps releases with known advisories out: every version of these packages that the lockfile
// resolves must be at or above the floor (semver order, so a prerelease such as 3.90.0-beta is below
// 3.90.0). The registry's audit service does not answer from our build machines, so the floors are
// kept here, with the reason. pnpm-workspace.yaml's `overrides` lift anything below a floor at install
// time; this check proves the lockfile agrees.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import semver from 'semver'
import { parseAllDocuments } from 'yaml'

export const floors = {
  payload: ['3.90.0', 'earlier 3.x releases have critical advisories'],
  '@payloadcms/*': ['3.90.0', 'released together with payload'],
  next: ['16.3.3', 'lowest Next.js 16 release in Payload 3.90’s peer range (security fixes)'],
  react: ['19.2.1', 'React Server Components advisory (December 2025)'],
  'react-dom': ['19.2.1', 'released together with react'],
  '@sveltejs/kit': ['2.49.5', 'security fixes'],
  svelte: ['5.53.5', 'security fixes'],
  nodemailer: ['7.0.11', 'address parsing advisories (mail to an unintended domain, DoS)'],
  'fast-xml-parser': ['5.3.6', 'ReDoS and entity-expansion advisories of earlier releases; parses S3 answers (AWS SDK) and the test S3 server’s requests'],
  busboy: ['1.6.0', 'the 0.x line depends on dicer, which has an unfixed DoS advisory (the test S3 server parses uploads with it)'],
  koa: ['2.16.1', 'open-redirect and header-injection advisories of earlier releases (the test S3 server)'],
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const floorFor = (name) => floors[name] ?? (name.startsWith('@payloadcms/') ? floors['@payloadcms/*'] : undefined)

/** Every `name@version` the lockfile resolves (all its YAML documents: the workspace and pnpm itself). */
function resolvedPackages() {
  const text = readFileSync(path.join(root, 'pnpm-lock.yaml'), 'utf8')
  const found = []
  for (const document of parseAllDocuments(text)) {
    for (const key of Object.keys(document.toJS()?.packages ?? {})) {
      const at = key.lastIndexOf('@')
      found.push({ name: key.slice(0, at), version: key.slice(at + 1) })
    }
  }
  return found
}

const resolved = resolvedPackages().filter(({ name }) => floorFor(name))
const problems = []
for (const { name, version } of resolved) {
  const [floor, reason] = floorFor(name)
  if (!semver.valid(version)) problems.push(`${name}@${version} is not a version semver can order`)
  else if (semver.lt(version, floor)) problems.push(`${name}@${version} is below ${floor}: ${reason}`)
}
for (const name of ['payload', 'next', 'react', '@sveltejs/kit', 'svelte']) {
  if (!resolved.some((entry) => entry.name === name)) problems.push(`${name} not found in pnpm-lock.yaml`)
}

// One copy of Payload and of its admin UI: a second copy (a plugin pinning an older patch release) gives
// the admin two sets of React contexts, and its pages stay blank.
for (const name of ['payload', '@payloadcms/ui']) {
  const versions = [...new Set(resolved.filter((entry) => entry.name === name).map((entry) => entry.version))]
  if (versions.length > 1) problems.push(`${name} resolves to several versions (${versions.join(', ')}): pin one in pnpm-workspace.yaml's overrides`)
}

if (problems.length) {
  console.error(`✖ dependency version floors:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`✔ dependency version floors: ${[...new Set(resolved.map(({ name, version }) => `${name}@${version}`))].sort().join(', ')}`)
