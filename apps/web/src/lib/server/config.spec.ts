import { afterEach, describe, expect, it, vi } from 'vitest'

const setCmsUrl = (value: string | undefined) => vi.doMock('$env/dynamic/private', () => ({ env: value === undefined ? {} : { CMS_URL: value } }))

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
    expect(readConfig()).toEqual({ cmsUrl: 'http://cms.internal:3000' })
  })
})
