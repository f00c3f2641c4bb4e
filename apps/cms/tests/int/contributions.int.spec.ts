// Contributions ("Deel je praktijkvoorbeeld", src/contributions): a valid one becomes a draft that is public
// nowhere until an editor publishes it; hostile uploads are refused with a Dutch message and leave nothing
// behind (no media row, no file on disk); spam checks; mails; rejected contributions are purged.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { signFormStart } from '@kennisbank/types/tokens'
import { zipSync } from 'fflate'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storeContribution } from '../../src/contributions/endpoint'
import { purgeRejectedContributions } from '../../src/contributions/tasks'
import { query } from '../../src/db'
import { asPortal, cmsUrl, http, localApi, mailsTo, publishable, requiredEnv, unique } from './helpers'

let payload: Payload
let themeId: number
let regionId: number
const key = () => requiredEnv('PORTAL_API_KEY')
const mediaDir = () => requiredEnv('MEDIA_DIR')
const created: number[] = []

/** A small PDF that Payload's own upload check accepts too (a header, a cross-reference table, an end marker). */
export const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\nxref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n110\n%%EOF\n',
  'latin1',
)
/** A Word document as Word writes one: a zip with [Content_Types].xml and word/document.xml. */
const docx = (document: string | Uint8Array = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Praktijk</w:t></w:r></w:p></w:body></w:document>') =>
  Buffer.from(
    zipSync({
      '[Content_Types].xml': Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      '_rels/.rels': Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
      'word/document.xml': typeof document === 'string' ? Buffer.from(document) : document,
    }, { level: 9 }),
  )

type Upload = { name: string; data: Buffer | string; type?: string }
function form(fields: Record<string, string | string[]>, files: Upload[] = [], started = signFormStart(key(), Date.now() - 10_000)) {
  const body = new FormData()
  const all: Record<string, string | string[]> = {
    title: `Buurtbudget ${unique('t')}`,
    summary: 'Bewoners en gemeente verdelen samen een buurtbudget.',
    description: 'Aanleiding: weinig vertrouwen.\n\nAanpak: een buurtbudget.\nResultaat: meer contact in de wijk.',
    themes: [String(themeId)],
    region: String(regionId),
    organisation: 'Buurtkracht',
    name: 'Fatima de Vries',
    email: `${unique('inzender')}@voorbeeld.nl`,
    consent: 'ja',
    started,
    ...fields,
  }
  for (const [name, value] of Object.entries(all)) for (const one of [value].flat()) body.append(name, one)
  for (const file of files) body.append('attachments', new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }), file.name)
  return body
}
const submit = (body: FormData, headers: Record<string, string> = asPortal()) => fetch(`${cmsUrl()}/api/contributions/submit`, { method: 'POST', headers, body })

const mediaRows = async () => Number((await query<{ n: number }>(payload, 'SELECT count(*)::int AS n FROM media')).rows[0]!.n)
const files = () => (existsSync(mediaDir()) ? readdirSync(mediaDir()).length : 0)
const itemsBy = async (email: string) =>
  (await query<{ id: number }>(payload, 'SELECT id FROM knowledge_items WHERE submission_email = $1', [email])).rows.map((row) => row.id)

beforeAll(async () => {
  payload = await localApi()
  themeId = (await payload.find({ collection: 'themes', limit: 1, depth: 0 })).docs[0]!.id
  regionId = (await payload.find({ collection: 'regions', where: { kind: { equals: 'municipality' } }, limit: 1, depth: 0 })).docs[0]!.id
})
afterAll(async () => {
  for (const id of created) await payload.delete({ collection: 'knowledge-items', id }).catch(() => {})
})

describe('contributions', () => {
  it('refuses hostile uploads with a Dutch message and stores nothing of the submission', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } }).png().toBuffer()
    // A Word document of 120 MB of nothing, packed into some 120 kB.
    const bomb = docx(new Uint8Array(120 * 1024 * 1024))
    const hostile: [string, Upload, RegExp][] = [
      ['a script renamed .pdf', { name: 'rapport.pdf', data: '#!/bin/sh\nrm -rf /\n', type: 'application/pdf' }, /rapport\.pdf is geen PDF, Word-, Excel- of PowerPoint-bestand.*We kijken naar de inhoud van het bestand, niet naar de naam/],
      ['HTML with a PDF name', { name: 'verslag.pdf', data: '<!doctype html><html><script>alert(1)</script></html>', type: 'application/pdf' }, /verslag\.pdf is geen PDF/],
      ['an SVG with a script', { name: 'logo.svg', data: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', type: 'image/svg+xml' }, /logo\.svg is geen PDF.*SVG-bestanden nemen we niet aan/],
      ['an SVG named .png', { name: 'logo.png', data: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', type: 'image/png' }, /logo\.png is geen PDF/],
      ['an 11 MB file', { name: 'groot.pdf', data: Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024 - pdf.length, 32)]), type: 'application/pdf' }, /groot\.pdf is te groot: een bijlage mag hoogstens 10 MB zijn/],
      ['a zip bomb dressed as a Word file', { name: 'notulen.docx', data: bomb }, /notulen\.docx is uitgepakt veel groter dan het bestand zelf/],
      ['a plain zip', { name: 'archief.zip', data: Buffer.from(zipSync({ 'a.txt': Buffer.from('hallo') })) }, /archief\.zip is geen PDF/],
      ['a file name with path traversal', { name: '../../etc/passwd.pdf', data: pdf }, /Een bestandsnaam mag geen mappen/],
      ['a broken PDF', { name: 'kapot.pdf', data: '%PDF-1.4\nniets meer' }, /kapot\.pdf lijkt beschadigd/],
      // Recognised as PNG by its first bytes, refused by Payload's image processing after the good one was stored.
      ['a PNG that is no image', { name: 'kapot.png', data: Buffer.concat([png.subarray(0, 33), Buffer.alloc(2000, 7)]) }, /kapot\.png lijkt beschadigd/],
    ]
    for (const [why, upload, message] of hostile) {
      const rows = await mediaRows()
      const onDisk = files()
      const email = `${unique('vijandig')}@voorbeeld.nl`
      // Each next to a good attachment: a half-valid submission stores nothing either.
      const response = await submit(form({ email }, [{ name: 'goed.png', data: png, type: 'image/png' }, upload]))
      expect(response.status, why).toBe(400)
      const body = await response.json()
      expect(body.errors.map((e: { message: string }) => e.message).join(' '), why).toMatch(message)
      expect(await mediaRows(), why).toBe(rows)
      expect(files(), why).toBe(onDisk)
      expect(await itemsBy(email), why).toEqual([])
    }
    // Storing fails after an upload was stored (here: the item refers to a theme that does not exist): the upload goes again.
    const rows = await mediaRows()
    const onDisk = files()
    const input = { title: 'Mislukt', summary: 'Samenvatting', description: 'Tekst', themes: [999_999_999], region: null, organisation: '', name: 'Naam', email: 'naam@voorbeeld.nl' }
    await expect(storeContribution(payload, input, [{ name: 'goed.png', mimetype: 'image/png', data: png }])).rejects.toThrow()
    expect(await mediaRows()).toBe(rows)
    expect(files()).toBe(onDisk)
    // More than three attachments.
    const four = await submit(form({}, [1, 2, 3, 4].map((n) => ({ name: `bijlage-${n}.pdf`, data: pdf }))))
    expect(four.status).toBe(400)
    expect((await four.json()).errors[0].message).toBe('Voeg hoogstens 3 bijlagen toe.')
  }, 120_000)

  it('refuses spam (a filled-in hidden field, a form sent within seconds or expired) and bad fields, field by field', async () => {
    const honeypot = await submit(form({ website: 'https://spam.example' }))
    expect(honeypot.status).toBe(400)
    const fast = await submit(form({}, [], signFormStart(key())))
    expect(fast.status).toBe(400)
    expect((await fast.json()).message).toBe('Het formulier is erg snel verstuurd. Controleer uw gegevens en verstuur het nog eens.')
    const expired = await submit(form({}, [], signFormStart(key(), Date.now() - 25 * 60 * 60 * 1000)))
    expect((await expired.json()).message).toBe('Het formulier is verlopen. Vul het opnieuw in en verstuur het.')
    const forged = await submit(form({}, [], signFormStart('een-ander-geheim', Date.now() - 10_000)))
    expect(forged.status).toBe(400)
    const notPortal = await submit(form({}), {})
    expect(notPortal.status).toBe(401)
    const bad = await submit(form({ title: '', summary: 'x'.repeat(601), description: '', themes: ['999999'], region: '999999', name: 'Regel\nbreuk', email: 'geen-adres', consent: '' }))
    expect(bad.status).toBe(400)
    const { message, errors } = await bad.json()
    expect(message).toBe('Controleer de gemarkeerde velden.')
    expect(Object.fromEntries(errors.map((e: { field: string; message: string }) => [e.field, e.message]))).toEqual({
      title: 'Geef uw praktijkvoorbeeld een titel.',
      summary: 'De samenvatting is te lang: gebruik hoogstens 600 tekens.',
      description: 'Beschrijf uw praktijkvoorbeeld: wat deed u, voor wie, en wat leverde het op?',
      themes: 'Kies hoogstens 5 thema’s uit de lijst.',
      region: 'Kies een regio uit de lijst, of “Heel Noord-Brabant”.',
      name: 'Vul uw naam in met hoogstens 200 tekens, op één regel.',
      email: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
      consent: 'Geef toestemming om uw gegevens voor deze inzending te gebruiken.',
    })
    const notMultipart = await fetch(`${cmsUrl()}/api/contributions/submit`, { method: 'POST', headers: { ...asPortal(), 'content-type': 'application/json' }, body: '{}' })
    expect(notMultipart.status).toBe(400)
  })

  it('stores a valid contribution as a draft marked ingediend, public nowhere until an editor publishes it', async () => {
    const email = `${unique('inzender')}@voorbeeld.nl`
    const title = `Buurtbudget Tilburg-Noord ${unique('t')}`
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0a0' } }).png().toBuffer()
    const response = await submit(
      form({ title, email }, [
        { name: 'verslag.pdf', data: pdf },
        // Named wrongly: recognised by its content, stored as what it is.
        { name: 'plan.pdf', data: docx() },
        { name: 'foto.png', data: png },
      ]),
    )
    expect(response.status).toBe(200)
    expect((await response.json()).message).toMatch(/^Bedankt! We hebben uw praktijkvoorbeeld ontvangen/)
    const [id] = await itemsBy(email)
    created.push(id!)
    const item = await payload.findByID({ collection: 'knowledge-items', id: id!, draft: true, depth: 1, overrideAccess: true })
    expect(item).toMatchObject({ _status: 'draft', type: 'practice-example', title, regionScope: 'regions', submission: { status: 'submitted', name: 'Fatima de Vries', email } })
    expect(item.contact?.name ?? null).toBeNull()
    const uploads = (item.attachments ?? []).map((doc) => doc as { id: number; filename: string; mimeType: string; submitted: boolean })
    expect(uploads.map((doc) => [doc.filename.replace(/-\d+(?=\.)/, ''), doc.mimeType, doc.submitted])).toEqual([
      ['verslag.pdf', 'application/pdf', true],
      ['plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', true],
      ['foto.png', 'image/png', true],
    ])

    // Public nowhere: REST, GraphQL, the search, the files, the portal and its sitemap.
    const portal = requiredEnv('PORTAL_URL')
    const secret = title.split(' ').slice(-1)[0]!
    expect((await http.get(`/api/knowledge-items/${id}`)).status).not.toBe(200)
    expect((await http.get(`/api/knowledge-items?where[id][equals]=${id}`)).body.docs).toEqual([])
    expect(JSON.stringify((await http.graphql(`{ KnowledgeItems(where: { id: { equals: ${id} } }) { docs { title } } }`)).body)).not.toContain(secret)
    expect(JSON.stringify((await http.get(`/api/search?q=${encodeURIComponent(secret)}`)).body.docs)).toBe('[]')
    for (const doc of uploads) {
      expect((await fetch(`${cmsUrl()}/api/media/file/${doc.filename}`)).status, doc.filename).toBe(403)
      expect((await http.get(`/api/media/${doc.id}`)).status).not.toBe(200)
      expect((await fetch(`${portal}/media/${doc.filename}`)).status).toBe(404)
    }
    expect((await fetch(`${portal}/kennisbank/${item.slug}`)).status).toBe(404)
    expect(await (await fetch(`${portal}/sitemap.xml`)).text()).not.toContain(item.slug)

    // The contributor's confirmation, the editors' note.
    const [confirmation] = await mailsTo(email)
    expect(confirmation!.subject).toBe(`Ontvangen: uw praktijkvoorbeeld “${title}”`)
    const [note] = await mailsTo(requiredEnv('TEST_EDITOR_EMAIL'), { count: 1 }).then((mails) => mails.filter((mail) => mail.subject.includes(title)))
    expect(note!.text).toContain(`/admin/collections/knowledge-items/${id}`)

    // An editor completes and publishes it: public, and its attachments with it; the contact stays the editors'.
    const editor = await http.login(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
    const published = await http.send('PATCH', `/api/knowledge-items/${id}`, { ...publishable, _status: 'published' }, editor.token)
    expect(published.status).toBe(200)
    const shown = await http.get(`/api/knowledge-items/${id}?depth=1`)
    expect(shown.status).toBe(200)
    expect(shown.body.submission).toBeUndefined()
    expect(JSON.stringify(shown.body)).not.toContain(email)
    for (const doc of uploads) expect((await fetch(`${cmsUrl()}/api/media/file/${doc.filename}`)).status, doc.filename).toBe(200)
    const stored = await payload.findByID({ collection: 'knowledge-items', id: id!, depth: 0, overrideAccess: true })
    expect(stored.submission?.status).toBe('accepted')
    await expect.poll(async () => (await fetch(`${portal}/kennisbank/${item.slug}`)).status, { timeout: 5000 }).toBe(200)
  }, 60_000)

  it('deletes rejected contributions with their uploads after the retention term, and keeps the rest', async () => {
    const rejectedEmail = `${unique('afgewezen')}@voorbeeld.nl`
    const waitingEmail = `${unique('wachtend')}@voorbeeld.nl`
    for (const email of [rejectedEmail, waitingEmail]) expect((await submit(form({ email }, [{ name: 'bijlage.pdf', data: pdf }]))).status).toBe(200)
    const [rejected] = await itemsBy(rejectedEmail)
    const [waiting] = await itemsBy(waitingEmail)
    created.push(waiting!)
    const editor = await http.login(requiredEnv('TEST_EDITOR_EMAIL'), requiredEnv('TEST_EDITOR_PASSWORD'))
    expect((await http.send('PATCH', `/api/knowledge-items/${rejected}?draft=true`, { submission: { status: 'rejected' } }, editor.token)).status).toBe(200)
    const attachment = (await payload.findByID({ collection: 'knowledge-items', id: rejected!, draft: true, depth: 1, overrideAccess: true })).attachments![0] as { id: number; filename: string }
    expect(existsSync(path.join(mediaDir(), attachment.filename))).toBe(true)
    // Within the term: kept.
    await purgeRejectedContributions(payload, 6)
    expect(await itemsBy(rejectedEmail)).toHaveLength(1)
    // Past it (a term of 0 months): gone, with its upload and file; the waiting one stays.
    await purgeRejectedContributions(payload, 0)
    expect(await itemsBy(rejectedEmail)).toEqual([])
    expect((await query(payload, 'SELECT 1 FROM media WHERE id = $1', [attachment.id])).rowCount).toBe(0)
    expect(existsSync(path.join(mediaDir(), attachment.filename))).toBe(false)
    expect(await itemsBy(waitingEmail)).toHaveLength(1)
  }, 60_000)
})
