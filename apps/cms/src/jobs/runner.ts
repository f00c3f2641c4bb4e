// Queued and scheduled jobs (scheduled publishing, the nightly purges, the search terms) run in exactly
// one CMS process, however many run behind a load balancer: the one that holds the `jobs` lock in
// PostgreSQL (db.ts holdsLock). When that process stops, another one takes the lock on its next tick.
// Payload's cron calls this every minute in every process; PAYLOAD_JOBS_AUTORUN=false switches it off.
import type { BasePayload } from 'payload'

import { holdsLock } from '../db'

export const jobsLock = 'kennisbank:jobs'

export async function runsJobs(payload: BasePayload): Promise<boolean> {
  if (process.env.PAYLOAD_JOBS_AUTORUN === 'false') return false
  if (!(await holdsLock(payload, jobsLock))) return false
  // Scheduling (queueing tonight's purge) happens here, in the lock holder only: the cron's own
  // scheduling is off (payload.config.ts), so two processes never queue the same scheduled job.
  await payload.jobs.handleSchedules({ queue: 'default' })
  return true
}
