import { afterEach, describe, expect, it, vi } from 'vitest'

const setEnv = (env: Record<string, string>) => vi.doMock('$env/dynamic/private', () => ({ env }))
const setCmsUrl = (value: string | undefined) => setEnv(value === undefined ? { PORTAL_API_KEY: 'k' } : { CMS_URL: value, PORTAL_API_KEY: 'k' })

const readConfigFresh = async () => (await import('./config')).readConfig()

describe('readConfig', () => {
  afterEach(() => {
    vi.resetModules()
    vi.doUnmock('$env/dynamic/private')
  })

  it('refuses to start without CMS_URL, with a message that says what to set', async () => {
    setCmsUrl(undefined)
    const { readConfig } = await import('./config')
    expect(() => readConfig()).toThrow(/CMS_URL is not set/)
  })

  it('refuses an invalid or non-http URL', async () => {
    setCmsUrl('javascript:alert(1)')
    await expect(readConfigFresh()).rejects.toThrow(/http or https/)
  })

  it('refuses something that is not a URL', async () => {
    setCmsUrl('not a url')
    await expect(readConfigFresh()).rejects.toThrow(/not a valid URL/)
  })

  it('keeps the origin of a valid URL', async () => {
    setCmsUrl('http://cms.internal:3000/')
    const { readConfig } = await import('./config')
    expect(readConfig()).toEqual({ cmsUrl: 'http://cms.internal:3000', cmsPublicOrigin: 'http://cms.internal:3000', portalKey: 'k' })
  })

  it('knows the CMS by its public address too (the admin that frames previews), when that differs', async () => {
    setEnv({ CMS_URL: 'http://127.0.0.1:3000', CMS_PUBLIC_URL: 'https://cms.example.nl/admin', PORTAL_API_KEY: 'k' })
    expect((await readConfigFresh()).cmsPublicOrigin).toBe('https://cms.example.nl')
    vi.resetModules()
    setEnv({ CMS_URL: 'http://127.0.0.1:3000', CMS_PUBLIC_URL: 'geen adres', PORTAL_API_KEY: 'k' })
    await expect(readConfigFresh()).rejects.toThrow(/CMS_PUBLIC_URL is not a valid URL/)
  })

  it('refuses to start without PORTAL_API_KEY (no default for a secret)', async () => {
    setEnv({ CMS_URL: 'http://cms.internal:3000' })
    await expect(readConfigFresh()).rejects.toThrow(/PORTAL_API_KEY is not set/)
  })
})
