// Queued and scheduled jobs run in exactly one CMS process, however many run: the one that holds the
// `jobs` lock in PostgreSQL (src/jobs/runner.ts). Another process is, to PostgreSQL, another connection:
// here a client of the pool of its own.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { releaseLock, withClient } from '../../src/db'
import { jobsLock, runsJobs } from '../../src/jobs/runner'
import { localApi } from './helpers'

let payload: Payload
const autorun = process.env.PAYLOAD_JOBS_AUTORUN
const started = new Date().toISOString()
beforeAll(async () => {
  payload = await localApi()
  // The suite's CMS runs no jobs (PAYLOAD_JOBS_AUTORUN=false); this process plays a CMS that may.
  process.env.PAYLOAD_JOBS_AUTORUN = 'true'
})
afterAll(async () => {
  process.env.PAYLOAD_JOBS_AUTORUN = autorun
  await releaseLock(jobsLock)
  // The scheduled purges this test queued (for tonight): not the suite's business.
  await payload.delete({ collection: 'payload-jobs', where: { createdAt: { greater_than_equal: started } }, overrideAccess: true })
})

/** Whether another process could take the lock now (it lets go again at once). */
const tryLock = () =>
  withClient(payload, async (other) => {
    const got = (await other.query<{ got: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS got', [jobsLock])).rows[0]!.got
    if (got) await other.query('SELECT pg_advisory_unlock(hashtext($1))', [jobsLock])
    return got
  })

describe('jobs in one CMS process only', () => {
  it('runs jobs only while holding the lock; when the holder goes, another process takes over', async () => {
    await withClient(payload, async (other) => {
      await other.query('SELECT pg_advisory_lock(hashtext($1))', [jobsLock])
      // Another process holds it: this one runs nothing.
      expect(await runsJobs(payload)).toBe(false)
      expect(await runsJobs(payload)).toBe(false)
      // That process stops (its session lets go).
      await other.query('SELECT pg_advisory_unlock(hashtext($1))', [jobsLock])
    })
    expect(await runsJobs(payload)).toBe(true)
    expect(await runsJobs(payload)).toBe(true)
    // While this one holds it, no other process gets it.
    expect(await tryLock()).toBe(false)
    // The holder schedules too: each nightly purge is waiting exactly once, however often it ticks.
    for (const taskSlug of ['purgeRegistrations', 'purgeContributions']) {
      const waiting = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: taskSlug }, completedAt: { exists: false }, hasError: { not_equals: true } }, overrideAccess: true })
      expect(waiting.totalDocs, taskSlug).toBe(1)
    }
    await releaseLock(jobsLock)
    expect(await tryLock()).toBe(true)
  })

  it('runs nothing with PAYLOAD_JOBS_AUTORUN=false, without taking the lock', async () => {
    process.env.PAYLOAD_JOBS_AUTORUN = 'false'
    try {
      expect(await runsJobs(payload)).toBe(false)
      expect(await tryLock()).toBe(true)
    } finally {
      process.env.PAYLOAD_JOBS_AUTORUN = 'true'
    }
  })
})
