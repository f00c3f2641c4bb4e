// Checks a contribution ("Deel je praktijkvoorbeeld") before anything is stored: the fields, the spam
// checks, and each attachment by its content. An attachment is recognised by its bytes (file-type), never
// by its name; office documents are zip files, whose declared sizes are read (fflate, without unpacking)
// to refuse zip bombs. The result holds every error at once, so the form can show them all.
import { contributionLimits as limits, type FieldError } from '@kennisbank/types/api'
import { formAge, formMinimumMs } from '@kennisbank/types/tokens'
import { unzipSync } from 'fflate'
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

import { controlCharacters, isEmail, oneLine } from '../api/input'
import { PublicError } from '../api/answers'
import { messages } from '../messages'

const m = messages.contribution

/** What a contribution may carry, by the type its content shows. */
const accepted = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'image/jpeg',
  'image/png',
  'image/webp',
])
const zipped = (mime: string) => mime.startsWith('application/vnd.')
/** Unpacked, an office document is seldom more than 20 times its size; 100 is far past that, and a bomb is thousands. */
const bomb = { ratio: 100, unpackedBytes: 200 * 1024 * 1024, entries: 5000 }

export type Attachment = { name: string; mimetype: string; data: Buffer }
export type ContributionInput = {
  title: string
  summary: string
  description: string
  themes: number[]
  region: number | null
  organisation: string
  name: string
  email: string
}

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' ? value.normalize('NFC').trim() : ''
}
const ids = (values: FormDataEntryValue[]) => values.map((value) => (typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN))

/** A hidden field people leave empty (scripts fill it in): a 400 when it is filled. */
export function checkHoneypot(form: FormData) {
  if (text(form, 'website')) throw new PublicError(400, m.spam)
}

/** Time enough to fill in the form, checked when all else is right: a 400 when it was sent within seconds or the form expired. */
export function checkTimeTaken(form: FormData, secret: string, now = Date.now()) {
  const age = formAge(secret, form.get('started'), now)
  if (age === null) throw new PublicError(400, m.expired, [{ field: 'started', message: m.expired }])
  if (age < formMinimumMs) throw new PublicError(400, m.tooFast, [{ field: 'started', message: m.tooFast }])
}

/** The fields; `known` tells which theme and region ids exist. */
export function checkFields(form: FormData, known: { themes: Set<number>; regions: Set<number> }): { input: ContributionInput; errors: FieldError[] } {
  const errors: FieldError[] = []
  const add = (field: string, message: string) => errors.push({ field, message })
  const title = text(form, 'title')
  const summary = text(form, 'summary')
  const description = text(form, 'description')
  const organisation = text(form, 'organisation')
  const name = text(form, 'name')
  const email = text(form, 'email')
  const themes = ids(form.getAll('themes'))
  const regionValue = text(form, 'region')
  const region = regionValue ? (ids([regionValue])[0] ?? NaN) : null

  if (!title) add('title', m.titleMissing)
  else if (title.length > limits.title || !oneLine(title)) add('title', m.titleInvalid(limits.title))
  if (!summary) add('summary', m.summaryMissing)
  else if (summary.length > limits.summary) add('summary', m.summaryTooLong(limits.summary))
  else if (controlCharacters.test(summary)) add('summary', m.textCharacters)
  if (!description) add('description', m.descriptionMissing)
  else if (description.length > limits.description) add('description', m.descriptionTooLong(limits.description))
  else if (controlCharacters.test(description)) add('description', m.textCharacters)
  if (themes.length > limits.themes || themes.some((id) => !known.themes.has(id))) add('themes', m.themesInvalid(limits.themes))
  if (region !== null && !known.regions.has(region)) add('region', m.regionInvalid)
  if (organisation.length > limits.organisation || !oneLine(organisation)) add('organisation', m.organisationInvalid(limits.organisation))
  if (!name) add('name', m.nameMissing)
  else if (name.length > limits.name || !oneLine(name)) add('name', m.nameInvalid(limits.name))
  if (!email) add('email', m.emailMissing)
  else if (!isEmail(email)) add('email', m.emailInvalid)
  if (!['true', 'on', 'ja'].includes(text(form, 'consent'))) add('consent', m.consentMissing)
  return { input: { title, summary, description, themes: [...new Set(themes)], region, organisation, name, email }, errors }
}

/** A file name as given, when it is a plain name. */
const plainName = (name: string) => name.length > 0 && name.length <= 200 && !/[/\\]|\.\.|[\u0000-\u001f\u007f]/.test(name)

/** The declared unpacked sizes of a zip (its central directory), without unpacking; null when it is no zip. */
function unpacked(data: Buffer): { bytes: number; ratio: number; entries: number } | null {
  let bytes = 0
  let packed = 0
  let entries = 0
  try {
    unzipSync(data, {
      filter: (entry) => {
        entries++
        bytes += entry.originalSize
        packed += entry.size
        return false
      },
    })
  } catch {
    return null
  }
  return { bytes, ratio: bytes / Math.max(packed, 1), entries }
}

/** One attachment by its content: the file to store (with the extension its content shows), or what is wrong. */
export async function checkAttachment(file: File): Promise<{ attachment: Attachment } | { error: string }> {
  const label = plainName(file.name) ? file.name : ''
  if (!label) return { error: m.fileName }
  if (file.size > limits.fileBytes) return { error: m.fileTooLarge(label, limits.fileBytes) }
  if (file.size === 0) return { error: m.fileEmpty(label) }
  const data = Buffer.from(await file.arrayBuffer())
  const type = await fileTypeFromBuffer(data)
  if (!type || !accepted.has(type.mime)) return { error: m.fileType(label) }
  // As Payload's own upload check: a PDF ends with its cross-reference table and an end marker.
  const tail = data.subarray(-1024).toString('latin1')
  if (type.mime === 'application/pdf' && !(tail.includes('xref') && tail.includes('%%EOF'))) return { error: m.fileBroken(label) }
  // An image must decode as a whole (Payload makes its sizes from it), within a sane number of pixels.
  if (type.mime.startsWith('image/')) {
    const readable = await sharp(data, { limitInputPixels: 100_000_000 })
      .stats()
      .then(() => true, () => false)
    if (!readable) return { error: m.fileBroken(label) }
  }
  if (zipped(type.mime)) {
    const sizes = unpacked(data)
    if (!sizes) return { error: m.fileType(label) }
    if (sizes.ratio > bomb.ratio || sizes.bytes > bomb.unpackedBytes || sizes.entries > bomb.entries) return { error: m.fileBomb(label) }
  }
  const base = label.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N} _-]+/gu, '-').replace(/\s+/g, '-').slice(0, 80) || 'bijlage'
  return { attachment: { name: `${base}.${type.ext}`, mimetype: type.mime, data } }
}

/** Every attachment of the form (empty file inputs left out); an error per bad one, under `attachments`. */
export async function checkAttachments(form: FormData): Promise<{ attachments: Attachment[]; errors: FieldError[] }> {
  const files = form.getAll('attachments').filter((value): value is File => typeof value === 'object' && value !== null && (value.size > 0 || value.name !== ''))
  if (files.length > limits.files) return { attachments: [], errors: [{ field: 'attachments', message: m.tooManyFiles(limits.files) }] }
  const attachments: Attachment[] = []
  const errors: FieldError[] = []
  for (const file of files) {
    const result = await checkAttachment(file)
    if ('error' in result) errors.push({ field: 'attachments', message: result.error })
    else attachments.push(result.attachment)
  }
  return { attachments, errors }
}
