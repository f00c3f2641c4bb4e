// The mails of a contribution: a confirmation to the contributor, and a note to the editors (every editor;
// the admins when there is none) with a link to the item in the admin. A contribution stands whether or not
// its mail goes out: a failure is logged, never turned into an error for the contributor.
import type { BasePayload } from 'payload'

import { env } from '../env'
import { mailOf } from '../mail'
import { messages } from '../messages'

const m = messages.contribution.mail
export type Contribution = { id: number; title: string; name: string; email: string; organisation: string }

export async function sendContributionMails(payload: BasePayload, contribution: Contribution) {
  const { id, title, name, email, organisation } = contribution
  const admin = `${(env.serverUrl ?? 'http://localhost:3000').replace(/\/$/, '')}/admin/collections/knowledge-items/${id}`
  try {
    await payload.sendEmail({ to: email, ...mailOf(m.subject(title), [messages.mail.greeting(name), m.body(title), m.next, messages.mail.closing]) })
  } catch (error) {
    payload.logger.error({ err: error, item: id }, `Confirmation of contribution ${id} was not sent`)
  }
  try {
    const users = await payload.find({ collection: 'users', where: { role: { in: ['editor', 'admin'] } }, depth: 0, limit: 100, pagination: false, overrideAccess: true, select: { email: true, role: true } })
    const editors = users.docs.filter((user) => user.role === 'editor')
    const to = (editors.length ? editors : users.docs).map((user) => user.email)
    if (to.length) await payload.sendEmail({ to, ...mailOf(m.editorsSubject(title), [m.editorsBody(title, name, organisation), { text: m.editorsOpen, href: admin }]) })
  } catch (error) {
    payload.logger.error({ err: error, item: id }, `Editors were not told about contribution ${id}`)
  }
}
