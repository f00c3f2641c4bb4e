// Small helpers to run the workspace's commands and long-running servers.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const dataDir = path.join(root, '.data')
const pnpmBin = process.env.PNPM_BIN ?? path.join(root, '.tools', 'node_modules', 'pnpm', 'bin', 'pnpm.mjs')

/**
 * Runs pnpm like `pnpm()`, without blocking this process meanwhile: for the test steps, while this
 * process also reads the embedded PostgreSQL's log (a blocked reader lets its pipe fill up, and then
 * every PostgreSQL backend that logs an error stops, and the servers with it).
 */
export function pnpmAsync(args, { env = {}, cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pnpmBin, ...args], {
      cwd,
      stdio: 'inherit',
      env: { ...process.env, npm_config_manage_package_manager_versions: 'false', ...env },
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => (code === 0 ? resolve(0) : reject(new Error(`pnpm ${args.join(' ')} failed (exit ${code ?? signal})`))))
  })
}

/** Runs pnpm with arguments and fails loudly on a non-zero exit. */
export function pnpm(args, { env = {}, cwd = root, allowFailure = false } = {}) {
  const result = spawnSync(process.execPath, [pnpmBin, ...args], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, npm_config_manage_package_manager_versions: 'false', ...env },
  })
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`pnpm ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
  }
  return result.status ?? 1
}

/**
 * Runs the CMS's bundled command line (`apps/cms/dist/cli.mjs migrate|seed`) and fails loudly.
 * `--conditions=production` makes Lexical resolve to its prebuilt files: its `node` entry points
 * use a top-level await that deadlocks Node 20's module loader (see apps/cms/src/cli.ts).
 */
export function cmsCli(args, { env = {} } = {}) {
  const result = spawnSync(process.execPath, ['--conditions=production', 'dist/cli.mjs', ...args], {
    cwd: path.join(root, 'apps/cms'),
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  if (result.status !== 0) throw new Error(`cms ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
}

/**
 * Starts a long-running server; its output is prefixed so two servers can share a terminal. With
 * `logFile`, the server writes into that file itself: output piped through this process would stop the
 * server as soon as the pipe is full while this process waits for something else.
 */
export function startServer(name, command, args, { env = {}, cwd = root, logFile } = {}) {
  if (logFile) {
    const fd = openSync(logFile, 'a')
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] })
    closeSync(fd)
    return withStop(child, name)
  }
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = (stream, out) => {
    let buffer = ''
    stream.on('data', (chunk) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) out.write(`[${name}] ${line}\n`)
    })
  }
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  return withStop(child, name)
}


function withStop(child, name) {
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`[${name}] stopped unexpectedly (${code ?? signal})`)
  })
  child.stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.stopping = true
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5000).unref()
    })
  return child
}

/** Fails with a clear message when something already listens on `port`. */
export async function assertPortFree(port, what) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })
  } catch (error) {
    if (error?.cause?.code === 'ECONNREFUSED') return
  }
  throw new Error(`Port ${port} (${what}) is already in use. Stop what runs there, or choose another port (see README).`)
}

/** Waits until `url` answers with a status below 500, or fails after `timeoutMs`. */
export async function waitForHttp(url, { timeoutMs = 60_000, child } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/**
 * A fingerprint of the sources, so `npm start` rebuilds only when something changed:
 * git's HEAD plus the working-tree changes, or nothing (always build) outside git.
 */
function sourceFingerprint() {
  const git = (args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' })
  const head = git(['rev-parse', 'HEAD'])
  if (head.status !== 0) return null
  const diff = git(['diff', 'HEAD', '--', 'apps', 'packages', 'pnpm-lock.yaml'])
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', 'apps', 'packages'])
  return createHash('sha256').update(head.stdout + diff.stdout + untracked.stdout).digest('hex')
}

/** Builds CMS and portal unless the build output matches the sources. */
export function buildIfNeeded({ force = false } = {}) {
  const stamp = path.join(dataDir, 'build-fingerprint')
  const fingerprint = sourceFingerprint()
  const outputs = ['apps/cms/.next/BUILD_ID', 'apps/cms/dist/cli.mjs', 'apps/web/build/index.js'].map((file) => path.join(root, file))
  const upToDate =
    !force && fingerprint && outputs.every((file) => existsSync(file)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint
  if (upToDate) {
    console.log('→ build is up to date')
    return
  }
  console.log('→ building CMS and portal (production)')
  pnpm(['--filter', '@kennisbank/cms', 'run', 'build'], { env: { NEXT_TELEMETRY_DISABLED: '1' } })
  pnpm(['--filter', '@kennisbank/web', 'run', 'build'])
  mkdirSync(dataDir, { recursive: true })
  if (fingerprint) writeFileSync(stamp, fingerprint)
}
