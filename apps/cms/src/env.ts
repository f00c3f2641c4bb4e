/**
 * Runtime configuration, read once. No secret has a default: a missing one stops the
 * server with a clear message. During `next build` the values are not needed (nothing
 * connects or signs then), so the build does not ask for them.
 */
import path from 'node:path'

const isBuild = process.env.NEXT_PHASE === 'phase-production-build'

export function requiredEnv(name: string): string {
  const value = process.env[name]
  if (value) return value
  if (isBuild) return ''
  throw new Error(`Environment variable ${name} is not set. See README.md, section "Configuration".`)
}

export const env = {
  get databaseUrl() {
    return requiredEnv('DATABASE_URL')
  },
  /**
   * Read replicas (DATABASE_REPLICA_URLS, comma-separated): Payload's reads go to one of them, writes and
   * the reads inside a write to DATABASE_URL. Each gets `jit=off` like the primary's pool.
   */
  get replicaUrls(): string[] {
    return (process.env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean)
      .map((url) => {
        const parsed = new URL(url)
        if (!parsed.searchParams.has('options')) parsed.searchParams.set('options', '-c jit=off')
        return parsed.href
      })
  },
  get payloadSecret() {
    return requiredEnv('PAYLOAD_SECRET')
  },
  /** The portal's key for the CMS's public write endpoints: with it, the portal's visitors are rate-limited one by one (src/api/rate-limit.ts). */
  get portalApiKey() {
    return requiredEnv('PORTAL_API_KEY')
  },
  /** Logs: one JSON object per line (`json`, the default, for a platform to collect) or Payload's coloured lines (`pretty`). */
  get logFormat(): 'json' | 'pretty' {
    return process.env.LOG_FORMAT === 'pretty' ? 'pretty' : 'json'
  },
  logLevel: process.env.LOG_LEVEL || 'info',
  /** Calls of the REST and GraphQL APIs per client per minute (src/api/rate-limit.ts); the portal, with its key, has no limit. */
  apiRateLimit: Number(process.env.API_RATE_LIMIT || 120),
  /** Registrations and cancellations per visitor per ten minutes. */
  formRateLimit: Number(process.env.FORM_RATE_LIMIT || 20),
  /** The portal's public URL, allowed by CORS and CSRF. */
  portalUrl: process.env.PORTAL_URL,
  serverUrl: process.env.CMS_PUBLIC_URL,
  /** Where uploads are stored; the launchers and Docker set it, a developer's default is apps/cms/media. */
  mediaDir: process.env.MEDIA_DIR ?? path.resolve(process.cwd(), 'media'),
  /**
   * Uploads in S3-compatible object storage instead of MEDIA_DIR, so that several CMS instances share
   * them (S3_BUCKET set; README, "Past one machine"). Files are still served through the CMS, so the
   * access rules of media keep applying; the bucket stays private.
   */
  get s3() {
    const bucket = process.env.S3_BUCKET
    if (!bucket) return undefined
    const endpoint = process.env.S3_ENDPOINT || undefined
    return {
      bucket,
      prefix: process.env.S3_PREFIX || undefined,
      config: {
        endpoint,
        region: process.env.S3_REGION || 'us-east-1',
        // Path-style addresses (endpoint/bucket/key) for servers other than AWS: MinIO, Ceph, Garage …
        forcePathStyle: process.env.S3_FORCE_PATH_STYLE ? process.env.S3_FORCE_PATH_STYLE === 'true' : Boolean(endpoint),
        credentials: { accessKeyId: requiredEnv('S3_ACCESS_KEY_ID'), secretAccessKey: requiredEnv('S3_SECRET_ACCESS_KEY') },
      },
    }
  },
  /**
   * Outgoing mail (registration confirmations): an SMTP server. Without SMTP_HOST, Payload writes mail
   * to the log instead. The launchers start a local capture server and set these (see README).
   */
  smtp: process.env.SMTP_HOST
    ? {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT || 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? '' } : undefined,
        // A mail server that hangs must not hold mail up for minutes (nodemailer's defaults).
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }
    : undefined,
  mailFrom: process.env.MAIL_FROM || 'kennisbank@brabant.example',
  /** CBS open data (figure imports): StatLine OData v3 and OData v4. Tests point these at a local server with CBS's answers. */
  get cbsODataV3Url() {
    return (process.env.CBS_ODATA_V3_URL || 'https://opendata.cbs.nl/ODataApi/odata').replace(/\/+$/, '')
  },
  get cbsODataV4Url() {
    return (process.env.CBS_ODATA_V4_URL || 'https://odata4.cbs.nl/CBS').replace(/\/+$/, '')
  },
  /** Push mode is a developer's opt-in only; everywhere else the committed migrations shape the schema. */
  push: process.env.PAYLOAD_DB_PUSH === 'true',
}
