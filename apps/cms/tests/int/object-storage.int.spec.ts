// Media in S3-compatible object storage (S3_BUCKET …, @payloadcms/storage-s3): two CMS processes on
// one database and one bucket, as several stateless instances behind a load balancer. A local
// S3-compatible server (s3rver, which checks request signatures as S3 does) holds the bucket.
// What one instance stores, the other serves; nothing lands on the instances' own disks; the access
// rules of media still hold (files are served through the CMS; the plugin sets no public ACL): private
// until published content uses it, then public; deleting removes the objects, every image size included.
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import S3rver from '@20minutes/s3rver'
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, requiredEnv, startApp, unique } from './helpers'
import { illustration } from '../../src/seed/files'

const bucket = 'kennisbank-media'
const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-s3-'))
// Each instance gets a media folder of its own, which must stay empty.
const disks = [mkdtempSync(path.join(os.tmpdir(), 'kb-disk-a-')), mkdtempSync(path.join(os.tmpdir(), 'kb-disk-b-'))]
let server: S3rver
let client: S3Client
let instances: Awaited<ReturnType<typeof startApp>>[] = []
let startInstances: () => Promise<typeof instances>

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')
/** Which of `keys` the bucket holds, with their sizes (HEAD of each object). */
const stored = async (keys: string[]) =>
  Object.fromEntries(
    await Promise.all(
      keys.map(async (key) => [key, await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then((head) => head.ContentLength, () => null)] as const),
    ),
  )

beforeAll(async () => {
  const port = await freePort()
  server = new S3rver({ address: '127.0.0.1', port, silent: true, directory: path.join(dir, 'store'), configureBuckets: [{ name: bucket }] })
  await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  // s3rver's own account: it refuses requests signed with any other key.
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
  client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials })
  const env = (disk: string) => ({
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    S3_PREFIX: 'media',
    MEDIA_DIR: disk,
    PAYLOAD_JOBS_AUTORUN: 'false',
    PORTAL_INVALIDATE_URLS: 'http://127.0.0.1:9',
  })
  startInstances = () => Promise.all(disks.map((disk) => startApp('cms', env(disk))))
})

afterAll(async () => {
  for (const instance of instances) {
    instance.stop()
    await instance.exited
  }
  await new Promise((resolve) => server?.close(resolve))
  for (const folder of [dir, ...disks]) rmSync(folder, { recursive: true, force: true })
})

describe('media in object storage, shared by two CMS instances', () => {
  it('stores on one instance, serves from the other, keeps media private until used, deletes everywhere', async () => {
    instances = await startInstances()
    const [a, b] = instances.map((instance) => `http://127.0.0.1:${instance.port}`)
    const login = await fetch(`${a}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: requiredEnv('TEST_EDITOR_EMAIL'), password: requiredEnv('TEST_EDITOR_PASSWORD') }),
    })
    expect(login.status).toBe(200)
    const auth = { authorization: `JWT ${(await login.json()).token}` }

    // An upload through instance A, as the admin sends it (multipart), large enough for every image size.
    const image = await illustration(unique('opslag'), 200, 1800, 1000)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image.data)], { type: image.mimetype }), image.name)
    form.append('_payload', JSON.stringify({ alt: 'Beeld in objectopslag' }))
    const created = await fetch(`${a}/api/media`, { method: 'POST', headers: auth, body: form })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const stem = doc.filename.replace(/\.png$/, '')

    // In the bucket under the prefix: the original and its four sizes; on neither instance's disk.
    const files = [doc, ...['thumbnail', 'small', 'medium', 'large'].map((size) => doc.sizes[size])]
    const keys = files.map((file) => `media/${file.filename}`)
    expect(await stored(keys)).toEqual(Object.fromEntries(files.map((file) => [`media/${file.filename}`, file.filesize])))
    expect(doc.sizes.large.filename).toMatch(new RegExp(`^${stem}-1600x\\d+\\.webp$`))
    for (const disk of disks) expect(readdirSync(disk)).toEqual([])

    // Instance B serves the very bytes A stored, and a size, to the editor.
    const original = await fetch(`${b}/api/media/file/${doc.filename}`, { headers: auth })
    expect(original.status).toBe(200)
    expect(original.headers.get('content-type')).toBe('image/png')
    expect(sha256(new Uint8Array(await original.arrayBuffer()))).toBe(sha256(image.data))
    const small = await fetch(`${b}/api/media/file/${doc.sizes.small.filename}`, { headers: auth })
    expect(small.status).toBe(200)
    expect(small.headers.get('content-type')).toBe('image/webp')
    expect((await small.arrayBuffer()).byteLength).toBe(doc.sizes.small.filesize)

    // Not used by published content yet, so a visitor gets neither the document nor the file, from
    // either instance.
    for (const base of [a, b]) {
      expect((await fetch(`${base}/api/media/${doc.id}`)).status).toBe(404)
      expect((await fetch(`${base}/api/media/file/${doc.filename}`)).status).toBe(403)
    }

    // Once published content uses it (an organisation's logo, saved through A), both instances serve it
    // to a visitor, straight from the bucket.
    const organisation = await fetch(`${a}/api/organisations`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: unique('Organisatie met logo in objectopslag'), kind: 'municipality', logo: doc.id }),
    })
    expect(organisation.status).toBe(201)
    for (const base of [a, b]) {
      const file = await fetch(`${base}/api/media/file/${doc.filename}`)
      expect(file.status).toBe(200)
      expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(sha256(image.data))
    }
    const organisationId = (await organisation.json()).doc.id
    expect((await fetch(`${b}/api/organisations/${organisationId}`, { method: 'DELETE', headers: auth })).status).toBe(200)

    // Deleting through instance B removes every object.
    const deleted = await fetch(`${b}/api/media/${doc.id}`, { method: 'DELETE', headers: auth })
    expect(deleted.status).toBe(200)
    expect(await stored(keys)).toEqual(Object.fromEntries(keys.map((key) => [key, null])))
    expect((await fetch(`${a}/api/media/file/${doc.filename}`, { headers: auth })).status).toBe(404)
  }, 120_000)
})
