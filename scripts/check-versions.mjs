// Keeps releases with known advisories out: every version of these packages that the
// lockfile resolves must be at or above the floor. (The registry's audit service does not
// answer from our build machines, so the floors are kept here, with the reason.)
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const floors = {
  payload: ['3.90.0', 'earlier 3.x releases have critical advisories'],
  '@payloadcms/*': ['3.90.0', 'released together with payload'],
  next: ['16.3.3', 'lowest Next.js 16 release in Payload 3.90’s peer range (security fixes)'],
  react: ['19.2.1', 'React Server Components advisory (December 2025)'],
  'react-dom': ['19.2.1', 'released together with react'],
  '@sveltejs/kit': ['2.49.5', 'security fixes'],
  svelte: ['5.53.5', 'security fixes'],
  nodemailer: ['7.0.11', 'address parsing advisories (mail to an unintended domain, DoS)'],
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const lockfile = readFileSync(path.join(root, 'pnpm-lock.yaml'), 'utf8')

const compare = (a, b) => {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0)
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0)
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0)
  return 0
}
const floorFor = (name) => floors[name] ?? (name.startsWith('@payloadcms/') ? floors['@payloadcms/*'] : undefined)

const resolved = new Map()
for (const match of lockfile.matchAll(/^ {2}'?((?:@[^/@\s']+\/)?[^@\s'(]+)@(\d+\.\d+\.\d+[^:('\s]*)/gm)) {
  const [, name, version] = match
  if (floorFor(name)) resolved.set(`${name}@${version}`, { name, version })
}

const problems = []
for (const { name, version } of resolved.values()) {
  const [floor, reason] = floorFor(name)
  if (compare(version, floor) < 0) problems.push(`${name}@${version} is below ${floor}: ${reason}`)
}
for (const name of ['payload', 'next', 'react', '@sveltejs/kit', 'svelte']) {
  if (![...resolved.values()].some((entry) => entry.name === name)) problems.push(`${name} not found in pnpm-lock.yaml`)
}

if (problems.length) {
  console.error(`✖ dependency version floors:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`✔ dependency version floors: ${[...resolved.keys()].sort().join(', ')}`)
