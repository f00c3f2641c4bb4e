// POST /api/contributions/submit — "Deel je praktijkvoorbeeld", multipart from the portal (its key; rate-limited
// per contributor like the other forms). Checks everything first (check.ts); only a submission that is valid as a
// whole is stored: its attachments as uploads that are not public (Media's read access) and a draft knowledge
// item marked *ingediend*, with the contributor's contact in its editors-only group. Should storing fail half-way,
// what was stored is removed again (uploads and their files). Then the contributor and the editors get a mail.
import { contributionLimits as limits, type ContributionResult } from '@kennisbank/types/api'
import { ValidationError, type BasePayload } from 'payload'

import { noStore, PublicError } from '../api/answers'
import { publicEndpoint } from '../api/public'
import { env } from '../env'
import { plainRichText } from '../fields/plainRichText'
import { slugify } from '../fields/slug'
import { messages } from '../messages'
import { checkAttachments, checkFields, checkHoneypot, checkTimeTaken, type Attachment, type ContributionInput } from './check'
import { sendContributionMails } from './mail'

const m = messages.contribution
/** Three attachments at their limit, and the fields. */
const maxBody = limits.files * limits.fileBytes + 1024 * 1024

/** The multipart body, read up to `max` bytes (a 413 past it, whatever Content-Length says). */
async function readMultipart(request: Request): Promise<FormData> {
  const type = request.headers.get('content-type') ?? ''
  if (!type.startsWith('multipart/form-data')) throw new PublicError(400, m.spam)
  if (Number(request.headers.get('content-length') ?? 0) > maxBody) throw new PublicError(413, m.tooLarge(maxBody))
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body?.getReader()
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBody) {
      await reader.cancel()
      throw new PublicError(413, m.tooLarge(maxBody))
    }
    chunks.push(value)
  }
  try {
    return await new Response(Buffer.concat(chunks), { headers: { 'content-type': type } }).formData()
  } catch {
    throw new PublicError(400, m.spam)
  }
}

/** A slug no other item has yet (the editors may change it before publishing). */
async function freeSlug(payload: BasePayload, title: string): Promise<string> {
  const base = slugify(title) ?? 'praktijkvoorbeeld'
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await payload.count({ collection: 'knowledge-items', where: { slug: { equals: candidate } } })
    if (!totalDocs) return candidate
  }
}

/** Stores a checked contribution; when any part fails, the uploads stored before it are removed again. */
export async function storeContribution(payload: BasePayload, input: ContributionInput, attachments: Attachment[]) {
  const uploads: number[] = []
  try {
    for (const file of attachments) {
      const doc = await payload
        .create({
          collection: 'media',
          data: { alt: file.name.replace(/\.[^.]+$/, '').replace(/-/g, ' '), submitted: true },
          file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.data.length },
          overrideAccess: true,
        })
        .catch((error: unknown) => {
          // Payload's own upload checks (an image it cannot read, say): the contributor's file, not our fault.
          if (error instanceof ValidationError) throw new PublicError(400, m.fileBroken(file.name), [{ field: 'attachments', message: m.fileBroken(file.name) }])
          throw error
        })
      uploads.push(doc.id)
    }
    return await payload.create({
      collection: 'knowledge-items',
      draft: true,
      overrideAccess: true,
      data: {
        title: input.title,
        slug: await freeSlug(payload, input.title),
        summary: input.summary,
        type: 'practice-example',
        _status: 'draft',
        body: plainRichText(input.description),
        themes: input.themes,
        regionScope: input.region ? 'regions' : 'brabant',
        regions: input.region ? [input.region] : [],
        attachments: uploads,
        submission: { status: 'submitted', name: input.name, email: input.email, organisation: input.organisation || null, submittedAt: new Date().toISOString() },
      },
    })
  } catch (error) {
    // Nothing half-stored: the uploads go again, with their files.
    for (const id of uploads) await payload.delete({ collection: 'media', id, overrideAccess: true }).catch((cause) => payload.logger.error({ err: cause }, `Upload ${id} of a failed contribution was not removed`))
    throw error
  }
}

export const contributionEndpoint = publicEndpoint({ write: true, portalOnly: m.notPortal, cacheControl: noStore, failure: m.failed }, async ({ payload, request }) => {
  const form = await readMultipart(request)
  checkHoneypot(form)
  const [themes, regions] = await Promise.all([
    payload.find({ collection: 'themes', depth: 0, limit: 200, pagination: false, select: {} }),
    payload.find({ collection: 'regions', depth: 0, limit: 1000, pagination: false, select: {} }),
  ])
  const { input, errors } = checkFields(form, { themes: new Set(themes.docs.map((doc) => doc.id)), regions: new Set(regions.docs.map((doc) => doc.id)) })
  const files = await checkAttachments(form)
  const all = [...errors, ...files.errors]
  if (all.length) throw new PublicError(400, all.length === 1 ? all[0]!.message : m.checkFields, all)
  checkTimeTaken(form, env.portalApiKey)
  const item = await storeContribution(payload, input, files.attachments)
  await sendContributionMails(payload, { id: item.id, title: input.title, name: input.name, email: input.email, organisation: input.organisation })
  return { message: m.received } satisfies ContributionResult
})
