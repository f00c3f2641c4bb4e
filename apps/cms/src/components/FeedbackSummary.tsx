// "Nuttig volgens lezers" in the sidebar of a knowledge item or page: the readers' answers to "Was deze pagina
// nuttig?" (collections/Feedback.ts), the remarks not yet handled, and a link to all of them.
import type { UIFieldServerProps } from 'payload'

import { hasRole } from '../access/roles'
import { query } from '../db'
import { messages } from '../messages'

const t = messages.feedback.summary

export async function FeedbackSummary({ id, collectionSlug, payload, req }: UIFieldServerProps) {
  if (!id || !hasRole(req.user ?? null, 'admin', 'editor')) return null
  const column = collectionSlug === 'pages' ? 'page_id' : 'item_id'
  const field = collectionSlug === 'pages' ? 'page' : 'item'
  const [tally, open] = await Promise.all([
    query<{ yes: number; no: number }>(payload, `SELECT count(*) FILTER (WHERE useful = 'yes')::int AS yes, count(*) FILTER (WHERE useful = 'no')::int AS no FROM feedback WHERE ${column} = $1`, [id]),
    query<{ id: number; remark: string; useful: string }>(
      payload,
      `SELECT id, remark, useful FROM feedback WHERE ${column} = $1 AND remark IS NOT NULL AND NOT handled ORDER BY day DESC, id DESC LIMIT 5`,
      [id],
    ),
  ])
  const { yes, no } = tally.rows[0] ?? { yes: 0, no: 0 }
  const all = `/admin/collections/feedback?where[${field}][equals]=${id}`
  return (
    <section aria-labelledby="nuttig-volgens-lezers" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h3 id="nuttig-volgens-lezers" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {t.heading}
      </h3>
      {yes + no === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>{t.tally(yes, no)}</p>
          {open.rows.length ? (
            <>
              <p>{t.open}</p>
              <ul>
                {open.rows.map((row) => (
                  <li key={row.id}>
                    <a href={`/admin/collections/feedback/${row.id}`}>
                      {row.useful === 'yes' ? t.yes : t.no}: “{row.remark}”
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p>
            <a href={all}>{t.all}</a>
          </p>
        </>
      )}
    </section>
  )
}
