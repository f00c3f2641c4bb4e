import { spawn } from 'node:child_process'
import { connect, createServer, type Socket } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, test } from '@playwright/test'

import { cmsUrl, requiredEnv } from './helpers'

const serverEntry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../server/index.js')

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** A TCP relay to the test CMS that can be "switched off": the portal then finds nothing listening behind it. */
async function switchableCms() {
  const target = new URL(cmsUrl())
  const port = await freePort()
  const open = new Set<Socket>()
  let up = true
  const relay = createServer((client) => {
    if (!up) return client.destroy()
    const upstream = connect(Number(target.port), target.hostname)
    for (const socket of [client, upstream]) {
      open.add(socket)
      socket.on('close', () => open.delete(socket))
      socket.on('error', () => socket.destroy())
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    down() {
      up = false
      for (const socket of open) socket.destroy()
    },
    up() {
      up = true
    },
    close: () => new Promise((resolve) => relay.close(resolve)),
  }
}

test('with the CMS down, pages seen before still answer (200, from the cache), others a Dutch 503 with Retry-After, and all recovers', async ({ page }) => {
  const cms = await switchableCms()
  const port = await freePort()
  // Entries are fresh for one second here, so the portal asks the CMS again soon and finds it gone.
  const portal = spawn(process.execPath, [serverEntry], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ORIGIN: `http://127.0.0.1:${port}`,
      CMS_URL: cms.url,
      PORTAL_API_KEY: requiredEnv('PORTAL_API_KEY'),
      PAGE_CACHE_TTL: '1',
    },
    stdio: 'ignore',
  })
  const base = `http://127.0.0.1:${port}`
  try {
    await expect(async () => {
      expect((await fetch(`${base}/robots.txt`)).ok).toBe(true)
    }).toPass({ timeout: 15_000 })
    for (const route of ['/kennisbank', '/agenda']) expect((await page.goto(`${base}${route}`))?.status(), route).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 1200))

    cms.down()
    // Seen before: the page as it was, not an error and not an empty list.
    const list = await page.goto(`${base}/kennisbank`)
    expect(list?.status()).toBe(200)
    expect(list?.headers()['x-cache']).toBe('STALE')
    await expect(page.locator('.results-count')).toContainText(/\d+ kennisitems/)
    await expect(page.locator('body')).not.toContainText('0 kennisitems')
    // Never seen: a Dutch error page, 503, with when to try again.
    const unseen = await page.goto(`${base}/kennisbank/wat-is-brede-welvaart`)
    expect(unseen?.status()).toBe(503)
    expect(unseen?.headers()['retry-after']).toBe('30')
    await expect(page.locator('body')).toContainText('CMS niet bereikbaar')

    cms.up()
    await expect(async () => {
      const back = await page.goto(`${base}/kennisbank/wat-is-brede-welvaart`)
      expect(back?.status()).toBe(200)
    }).toPass({ timeout: 10_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wat is brede welvaart?')
  } finally {
    portal.kill()
    await cms.close()
  }
})
