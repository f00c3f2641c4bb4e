import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { s3Storage } from '@payloadcms/storage-s3'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import { GraphQLError } from 'graphql'
import { buildConfig } from 'payload'
import { pino } from 'pino'
import sharp from 'sharp'

import { adminTranslations } from './admin/translations'
import { Editions } from './collections/Editions'
import { Events } from './collections/Events'
import { Feedback } from './collections/Feedback'
import { FigureImports } from './collections/FigureImports'
import { Indicators } from './collections/Indicators'
import { KnowledgeItems } from './collections/KnowledgeItems'
import { Media } from './collections/Media'
import { Observations } from './collections/Observations'
import { Organisations } from './collections/Organisations'
import { Pages } from './collections/Pages'
import { Programmes } from './collections/Programmes'
import { Regions } from './collections/Regions'
import { Registrations } from './collections/Registrations'
import { PageViews, SearchQueries } from './collections/Usage'
import { Synonyms } from './collections/Synonyms'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { withPublicMedia } from './fields/public-media'
import { runsJobs } from './jobs/runner'
import { withoutJoinsWhenPopulated } from './fields/relations'
import { startInvalidationListener } from './cache/listener'
import { portalCacheNotifications } from './cache/notify'
import { env } from './env'
import { messages } from './messages'
import { defaultLexical } from './fields/defaultLexical'
import { SiteSettings } from './globals/SiteSettings'
import { addSearchColumns } from './search/schema'
import { livePreview } from './preview/url'
import { clientErrorsAs400 } from './api/client-errors'
import { refreshSearchListsTask, refreshSearchTermsTask } from './search/terms'
import { promoteWaitingTask, purgeRegistrationsTask } from './registrations/tasks'
import { purgeContributionsTask } from './contributions/tasks'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const allowedOrigins = [env.portalUrl, env.serverUrl].filter((url): url is string => Boolean(url))

/** How deeply a GraphQL query may nest its fields. */
const graphqlMaxDepth = 10

export default buildConfig({
  serverURL: env.serverUrl,
  // Structured logs: one JSON object per line on stdout (Payload logs through pino), for a container
  // platform or journald to collect as they are; LOG_FORMAT=pretty keeps Payload's coloured lines
  // (the command line, dist/cli.mjs, uses those).
  logger: env.logFormat === 'json' ? { options: { name: 'cms', level: env.logLevel, timestamp: pino.stdTimeFunctions.isoTime } } : undefined,
  secret: env.payloadSecret,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' – Kennisbank Brede Welvaart' },
    // Dates as editors write them ("1 december 2026, 15.26"); no Gravatar (it would send a hash of
    // the editor's e-mail address to an outside service).
    dateFormat: 'd MMMM yyyy, HH.mm',
    avatar: 'default',
    components: { beforeDashboard: ['/components/TodoDashboard#TodoDashboard', '/components/UsageDashboard#UsageDashboard'] },
    importMap: { baseDir: dirname },
    // Drafts on the real portal page, in a side panel that follows the editor's typing (src/preview).
    livePreview,
    timezones: {
      supportedTimezones: [{ label: 'Amsterdam', value: 'Europe/Amsterdam' }],
      defaultTimezone: 'Europe/Amsterdam',
    },
  },
  i18n: {
    supportedLanguages: { nl, en },
    fallbackLanguage: 'nl',
    translations: adminTranslations,
  },
  collections: [KnowledgeItems, Programmes, Events, Registrations, Editions, Organisations, Themes, Regions, Synonyms, Indicators, Observations, FigureImports, Pages, Media, PageViews, SearchQueries, Feedback, Users].map(withoutJoinsWhenPopulated).map(withPublicMedia),
  globals: [SiteSettings],
  editor: defaultLexical,
  email: env.smtp
    ? nodemailerAdapter({ defaultFromAddress: env.mailFrom, defaultFromName: 'Kennisbank Brede Welvaart Brabant', transportOptions: env.smtp })
    : undefined,
  db: postgresAdapter({
    // No JIT: PostgreSQL servers built with LLVM (such as Debian's) compile any statement whose estimated
    // cost passes jit_above_cost, which turned a 5 ms search into 1.3 s of compiling; short statements never gain.
    pool: { connectionString: env.databaseUrl, options: '-c jit=off' },
    // Reads of Payload's collections on read replicas when DATABASE_REPLICA_URLS is set (README → Past one
    // machine); for 2 s after a write, the process that wrote reads from the primary.
    readReplicas: env.replicaUrls.length ? env.replicaUrls : undefined,
    push: env.push,
    migrationDir: path.resolve(dirname, 'migrations'),
    extensions: ['pg_trgm'],
    afterSchemaInit: [addSearchColumns],
  }),
  cors: allowedOrigins,
  csrf: allowedOrigins,
  sharp,
  // Payload's own limit on uploads (20 MB a file), with its answer in Dutch; figure imports have a lower limit of their own.
  upload: { responseOnLimit: messages.upload.tooLarge },
  // Introspection stays off in production (Payload's default); a query may nest 10 levels at most and cost 1000.
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    // Too deep: a validation error in Dutch (a 400), where the rule's own throw became a 500.
    validationRules: () => [
      maxDepthRule({ n: graphqlMaxDepth, propagateOnRejection: false, onReject: [(context) => context?.reportError(new GraphQLError(messages.request.tooDeep(graphqlMaxDepth)))] }),
    ],
  },
  typescript: {
    outputFile: path.resolve(dirname, '../../../packages/types/src/payload-types.ts'),
    declare: false,
  },
  jobs: {
    tasks: [refreshSearchTermsTask, refreshSearchListsTask, promoteWaitingTask, purgeRegistrationsTask, purgeContributionsTask],
    // Runs queued and scheduled jobs (scheduled publishing, the nightly purge of registrations)
    // inside the CMS process: in one process only, however many run (src/jobs/runner.ts).
    autoRun: [{ cron: '* * * * *', limit: 20, queue: 'default', disableScheduling: true }],
    shouldAutoRun: runsJobs,
  },
  // Client mistakes (404, 403, invalid input, failed logins) are not server errors: no stack traces in the log.
  loggingLevels: {
    NotFound: 'debug',
    Forbidden: 'debug',
    ValidationError: 'info',
    AuthenticationError: 'info',
    LockedAuth: 'info',
    QueryError: 'info',
  },
  telemetry: false,
  // A malformed request that Payload would answer with a 500 gets a 400 with a Dutch message (src/api/client-errors.ts).
  hooks: { afterError: [clientErrorsAs400] },
  // Secrets read per request are checked at start-up too, so a missing one stops the CMS at once.
  // Tells the portal about committed changes (src/cache/): in the server only, not in the CLI or tests.
  plugins: [
    portalCacheNotifications,
    // Media in object storage when S3_BUCKET is set (env.ts). Its `prefix` column exists either way, so
    // the schema and the migrations do not depend on the environment.
    s3Storage({
      enabled: Boolean(env.s3),
      alwaysInsertFields: true,
      bucket: env.s3?.bucket ?? '',
      config: env.s3?.config ?? {},
      collections: { media: env.s3?.prefix ? { prefix: env.s3.prefix } : true },
    }),
  ],
  onInit: (payload) => {
    void env.portalApiKey
    if (process.env.NEXT_RUNTIME === 'nodejs' || process.env.CACHE_LISTENER === 'true') startInvalidationListener(payload)
  },
})
