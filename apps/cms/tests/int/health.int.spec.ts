// Health endpoints for load balancers and restart policies (docker-compose.yml uses them).
import { describe, expect, it } from 'vitest'

import { cmsUrl, requiredEnv } from './helpers'

describe('health endpoints', () => {
  it('the CMS is alive, and ready when its database answers; never cached', async () => {
    const alive = await fetch(`${cmsUrl()}/healthz`)
    expect(alive.status).toBe(200)
    expect(await alive.json()).toEqual({ status: 'ok' })
    const ready = await fetch(`${cmsUrl()}/readyz`)
    expect(ready.status).toBe(200)
    expect(ready.headers.get('cache-control')).toBe('no-store')
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' })
  })

  it('the portal is alive and ready, and says whether the CMS is', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const response = await fetch(`${requiredEnv('PORTAL_URL')}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(await response.json()).toMatchObject({ status: 'ok', cms: 'ok' })
    }
  })
})
