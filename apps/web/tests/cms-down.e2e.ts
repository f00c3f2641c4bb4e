import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, test } from '@playwright/test'

const buildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build')

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

test('a portal whose CMS is down shows a Dutch error page with a 5xx, never an empty list', async ({ page }) => {
  // The built portal, started on its own port with a CMS address where nothing listens.
  const [port, deadPort] = [await freePort(), await freePort()]
  const portal = spawn(process.execPath, [buildDir], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}`, CMS_URL: `http://127.0.0.1:${deadPort}` },
    stdio: 'ignore',
  })
  try {
    await expect(async () => {
      await fetch(`http://127.0.0.1:${port}/robots.txt`)
    }).toPass({ timeout: 15_000 })
    for (const route of ['/kennisbank', '/agenda', '/kennisbank/wat-is-brede-welvaart']) {
      const response = await page.goto(`http://127.0.0.1:${port}${route}`)
      expect(response?.status(), route).toBeGreaterThanOrEqual(500)
      await expect(page.locator('body')).toContainText('CMS niet bereikbaar')
      await expect(page.locator('body')).not.toContainText('0 kennisitems')
    }
  } finally {
    portal.kill()
  }
})
