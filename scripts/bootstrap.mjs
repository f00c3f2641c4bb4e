// Entry point of `npm start` and `npm test` on a machine that has only Node.js and npm.
// Brings the pinned pnpm (corepack's download is not relied on), installs the workspace,
// then hands over to scripts/start.mjs or scripts/test.mjs.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const pnpmVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split('@')[1]
const toolsDir = path.join(root, '.tools')
const pnpmBin = path.join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs')

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts })
  if (result.status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
    process.exit(result.status ?? 1)
  }
}

function installedPnpmVersion() {
  const pkg = path.join(toolsDir, 'node_modules', 'pnpm', 'package.json')
  return existsSync(pkg) ? JSON.parse(readFileSync(pkg, 'utf8')).version : null
}

const task = process.argv[2]
if (task !== 'start' && task !== 'test') {
  console.error('usage: node scripts/bootstrap.mjs start|test')
  process.exit(2)
}

if (installedPnpmVersion() !== pnpmVersion) {
  console.log(`→ installing pnpm ${pnpmVersion} into .tools/`)
  run('npm', ['install', '--prefix', toolsDir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${pnpmVersion}`])
}

const env = { ...process.env, PNPM_BIN: pnpmBin, npm_config_manage_package_manager_versions: 'false' }
console.log('→ pnpm install')
run(process.execPath, [pnpmBin, 'install', '--frozen-lockfile', '--reporter=append-only'], { env })
// The last step runs asynchronously so that a stop signal reaches it and it can shut its servers down.
const child = spawn(process.execPath, [path.join(root, 'scripts', `${task}.mjs`), ...process.argv.slice(3)], {
  stdio: 'inherit',
  cwd: root,
  env,
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
