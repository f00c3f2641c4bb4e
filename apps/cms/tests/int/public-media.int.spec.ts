/**
 * Uploads are public only once published content uses them: an image or file of a draft is not to be
 * had anonymously (REST, its file, the portal's /media), but shows in the editor's preview; publishing
 * what uses it (an upload field, a page block, rich text) makes it public.
 */
import type { Payload } from 'payload'
import { signPreview } from '@kennisbank/types/tokens'
import { beforeAll, describe, expect, it } from 'vitest'

import { cmsUrl, http, localApi, publishable, requiredEnv, richText, unique } from './helpers'
import { illustration } from '../../src/seed/files'

const portal = () => requiredEnv('PORTAL_URL')

let payload: Payload

async function upload(alt: string) {
  return payload.create({ collection: 'media', data: { alt }, file: await illustration(unique('beeld'), 30, 400, 300) })
}

/** What an anonymous visitor gets for an upload: its REST document, its file from the CMS, and from the portal. */
async function anonymous(doc: { id: number; filename?: string | null }) {
  return {
    rest: (await http.get(`/api/media/${doc.id}`)).status,
    file: (await fetch(`${cmsUrl()}/api/media/file/${doc.filename}`)).status,
    portal: (await fetch(`${portal()}/media/${doc.filename}`)).status,
  }
}
const hidden = { rest: 404, file: 403, portal: 404 }
const shown = { rest: 200, file: 200, portal: 200 }

beforeAll(async () => {
  payload = await localApi()
})

describe('uploads of drafts', () => {
  it('stay private until the draft is published, show in its preview, and are public from then on', async () => {
    const image = await upload('Beeld van een concept')
    const inText = await upload('Beeld in de tekst van een concept')
    const body = richText('Tekst met een beeld.') as { root: { children: unknown[] } }
    body.root.children.push({ type: 'upload', version: 3, format: '', relationTo: 'media', value: inText.id, fields: null })
    const draft = await payload.create({
      collection: 'knowledge-items',
      draft: true,
      data: { title: unique('Concept met beeld'), summary: 'Nog niet gepubliceerd.', type: 'lesson', body, image: image.id, ...publishable, _status: 'draft' } as never,
    })
    expect(await anonymous(image)).toEqual(hidden)
    expect(await anonymous(inText)).toEqual(hidden)
    // Nor in a list or by guessing the file's name through a published document's relation.
    const list = await http.get(`/api/media?limit=1000&where[id][in]=${image.id},${inText.id}`)
    expect(list.body.totalDocs).toBe(0)

    // The editor's preview shows both, through URLs that carry the token; without it the portal refuses them.
    const token = signPreview(requiredEnv('PORTAL_API_KEY'), 'knowledge-items', draft.id)
    const page = await (await fetch(`${portal()}/kennisbank/${draft.slug}?preview=${token}`)).text()
    for (const doc of [image, inText]) {
      const src = new RegExp(`/media/${doc.filename!.replace('.', '\\.')}\\?preview=([^"&]+)`).exec(page)
      expect(src, doc.filename!).not.toBeNull()
      const file = await fetch(`${portal()}/media/${doc.filename}?preview=${src![1]}`)
      expect(file.status).toBe(200)
      expect(file.headers.get('cache-control')).toBe('private, no-store')
      expect((await fetch(`${portal()}/media/${doc.filename}?preview=vervalst`)).status).toBe(404)
    }

    await payload.update({ collection: 'knowledge-items', id: draft.id, data: { _status: 'published' } })
    expect(await anonymous(image)).toEqual(shown)
    expect(await anonymous(inText)).toEqual(shown)
    // Taking the item back to draft does not hide them again: their addresses may have been shared.
    await payload.update({ collection: 'knowledge-items', id: draft.id, data: { _status: 'draft' } })
    expect(await anonymous(image)).toEqual(shown)
  })

  it('become public through collections without drafts and page blocks too', async () => {
    const logo = await upload('Logo van een organisatie')
    await payload.create({ collection: 'organisations', data: { title: unique('Organisatie met logo'), kind: 'municipality', logo: logo.id } as never })
    expect(await anonymous(logo)).toEqual(shown)

    const inBlock = await upload('Beeld in een blok')
    const page = await payload.create({
      collection: 'pages',
      draft: true,
      data: { title: unique('Pagina met beeld'), layout: [{ blockType: 'mediaBlock', media: inBlock.id }], _status: 'draft' } as never,
    })
    expect(await anonymous(inBlock)).toEqual(hidden)
    await payload.update({ collection: 'pages', id: page.id, data: { _status: 'published' } })
    expect(await anonymous(inBlock)).toEqual(shown)
  })
})
