import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import config from '@payload-config'
import { portalKeyHeader, visitorHeader } from '@kennisbank/types/api'
import { itemSections } from '@kennisbank/types/vocabularies'
import { getPayload, type Payload } from 'payload'
import { expect } from 'vitest'

import { plainRichText } from '../../src/fields/plainRichText'
import { waitForMails } from '../../../../scripts/lib/mail-files.mjs'

/** Reads a variable that the test runner (scripts/test.mjs) sets. */
export function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the suite through \`npm test\` (scripts/test.mjs).`)
  return value
}

export const cmsUrl = () => requiredEnv('CMS_URL')

let instance: Promise<Payload> | undefined
/** The local API against the same database that the running CMS serves. */
export const localApi = () => (instance ??= getPayload({ config }))

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`

export type Http = {
  get: (path: string, token?: string) => Promise<{ status: number; body: any }>
  send: (method: 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown, token?: string, headers?: Record<string, string>) => Promise<{ status: number; body: any; headers?: Headers }>
  graphql: (query: string, token?: string) => Promise<{ status: number; body: any }>
  login: (email: string, password: string) => Promise<{ status: number; token?: string; body: any }>
}

async function parse(response: Response) {
  const text = await response.text()
  try {
    return { status: response.status, body: JSON.parse(text) }
  } catch {
    return { status: response.status, body: text }
  }
}

const auth = (token?: string): Record<string, string> => (token ? { authorization: `JWT ${token}` } : {})

/** Real HTTP against the running CMS (no cookies: each call is anonymous unless a token is passed). */
export const http: Http = {
  get: async (path, token) => parse(await fetch(`${cmsUrl()}${path}`, { headers: auth(token) })),
  send: async (method, path, data, token, headers = {}) => {
    const response = await fetch(`${cmsUrl()}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...auth(token), ...headers },
      body: data === undefined ? undefined : JSON.stringify(data),
    })
    return { ...(await parse(response)), headers: response.headers }
  },
  graphql: async (query, token) =>
    parse(
      await fetch(`${cmsUrl()}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth(token) },
        body: JSON.stringify({ query }),
      }),
    ),
  login: async (email, password) => {
    const result = await parse(
      await fetch(`${cmsUrl()}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }),
    )
    return { ...result, token: result.body?.token }
  },
}

/** Headers of a request the portal sends on behalf of a visitor (each call a new visitor unless one is named). */
export const asPortal = (visitor = unique('visitor')) => ({ [portalKeyHeader]: requiredEnv('PORTAL_API_KEY'), [visitorHeader]: visitor })

/**
 * What any knowledge item needs before it can be published, whatever its type: every template section
 * (a dash: no words that would change what a search finds), a contact, an evidence label and an audience.
 */
export const publishable = {
  template: Object.fromEntries(itemSections.map((section) => [section.name, '—'])),
  contact: { name: 'Redactie' },
  evidence: 'practice',
  audience: ['municipalities'],
}

/** A minimal valid Lexical document: one paragraph of `text`. */
export const richText = (text: string) => plainRichText(text)

/** A valid online event (times in UTC, shown in Europe/Amsterdam); override any field. */
export const eventData = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: 'Een bijeenkomst',
  type: 'webinar',
  startsAt: '2030-03-30T08:00:00.000Z',
  startsAt_tz: 'Europe/Amsterdam',
  endsAt: '2030-03-30T09:00:00.000Z',
  endsAt_tz: 'Europe/Amsterdam',
  location: { mode: 'online' },
  registration: { mode: 'none' },
  ...extra,
})

/** Mails the CMS sent to `address`, from the test run's local mailbox (a real SMTP server); waits for `count`. */
export const mailsTo = (address: string, options: { count?: number; timeoutMs?: number } = {}) => waitForMails(requiredEnv('MAIL_DIR'), address, options)

/** A free TCP port on 127.0.0.1. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const appsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/**
 * A server process of its own on a free port, with the suite's environment plus `env`; resolves once
 * `probe` answers 200. `app`: the CMS (apps/cms/server.js, against the suite's database) or the portal
 * (apps/web/server/index.js, reading from the suite's CMS).
 */
export async function startApp(app: 'cms' | 'portal', env: Record<string, string> = {}, probe = app === 'cms' ? '/readyz' : '/robots.txt') {
  const port = await freePort()
  const [cwd, entry] = app === 'cms' ? [path.join(appsDir, 'cms'), 'server.js'] : [path.join(appsDir, 'web'), 'server/index.js']
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}`, CMS_URL: process.env.CMS_URL, ...env },
    stdio: 'ignore',
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}${probe}`).catch(() => null))?.ok ?? false, { timeout: 60_000, interval: 250 }).toBe(true)
  return { port, child, exited, stop: () => child.kill() }
}
