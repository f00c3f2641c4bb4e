import { randomBytes } from 'node:crypto'

import { contactRequired } from '@kennisbank/types/vocabularies'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, Payload } from 'payload'

import { refreshSearchLists, refreshSearchTerms } from '../search/terms'
import { documents } from './data/documents'
import { editions, events } from './data/events'
import { itemSections } from './data/item-sections'
import { editorialContact, knowledgeItems } from './data/knowledge-items'
import { organisations } from './data/organisations'
import { exampleCsv, indicators } from './data/figures'
import { pages, siteSettings } from './data/pages'
import { programmes } from './data/programmes'
import { regions } from './data/regions'
import { synonyms } from './data/synonyms'
import { themes } from './data/themes'
import { illustration, logo, pdf, type SeedFile } from './files'
import { amsterdamLocalToDate, amsterdamWorkdayFromNow } from './time'

export type SeedResult = {
  created: Record<string, number>
  /** Accounts created in this run, with their passwords; empty when they already existed. */
  accounts: { email: string; password: string; role: string }[]
}

type SeedOptions = {
  /** Passwords to use instead of random ones (tests set them). */
  passwords?: { admin?: string; editor?: string }
  now?: Date
}

const context = { seeding: true }

/**
 * Idempotent demo content: every document is looked up by its natural key (slug, filename,
 * e-mail) and created only when missing, so a second run changes nothing and never
 * overwrites an editor's changes.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const created: Record<string, number> = {}
  const count = (collection: string) => (created[collection] = (created[collection] ?? 0) + 1)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
  const now = options.now ?? new Date()

  async function findId(collection: CollectionSlug, field: string, value: string | number) {
    const { docs } = await payload.find({
      collection,
      where: { [field]: { equals: value } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      pagination: false,
    })
    return docs[0]?.id as number | undefined
  }

  async function ensure(
    collection: CollectionSlug,
    key: { field: string; value: string | number },
    make: () => Promise<Record<string, unknown>> | Record<string, unknown>,
    { status, file, afterCreate }: { status?: 'published' | 'draft'; file?: SeedFile; afterCreate?: (id: number) => Promise<unknown> } = {},
  ): Promise<number> {
    const existing = await findId(collection, key.field, key.value)
    if (existing !== undefined) return existing
    const data = await make()
    const doc = await payload.create({
      collection,
      data: status ? { ...data, _status: status } : data,
      draft: status === 'draft',
      file,
      // Keep seed file names stable (no "-1" suffix when a file is left over), so re-runs find them.
      overwriteExistingFiles: Boolean(file),
      overrideAccess: true,
      context,
    } as Parameters<Payload['create']>[0])
    count(collection)
    await afterCreate?.(doc.id as number)
    return doc.id as number
  }

  const ids = (map: Map<string, number>, slugs: string[] = []) =>
    slugs.map((slug) => {
      const id = map.get(slug)
      if (id === undefined) throw new Error(`Seed refers to unknown slug "${slug}"`)
      return id
    })

  // Media: downloadable documents, illustrations, logos.
  const documentIds = new Map<string, number>()
  for (const doc of documents) {
    const file = pdf(doc.key, doc.title, doc.paragraphs)
    documentIds.set(doc.key, await ensure('media', { field: 'filename', value: file.name }, () => ({ alt: doc.title }), { file }))
  }
  const illustrationIds: number[] = []
  for (let index = 0; index < 6; index++) {
    const file = await illustration(`illustratie-${index + 1}`, (index * 57 + 20) % 360)
    illustrationIds.push(
      await ensure(
        'media',
        { field: 'filename', value: file.name },
        () => ({ alt: 'Abstracte illustratie met gekleurde cirkels en een rechthoek', credit: 'Kennisbank Brede Welvaart' }),
        { file },
      ),
    )
  }

  for (const words of synonyms) await ensure('synonyms', { field: 'words', value: words }, () => ({ words }))

  const themeIds = new Map<string, number>()
  for (const [order, theme] of themes.entries()) {
    themeIds.set(
      theme.slug,
      await ensure('themes', { field: 'slug', value: theme.slug }, async () => ({
        title: theme.title,
        slug: theme.slug,
        perspective: theme.perspective,
        order: order + 1,
        summary: theme.summary,
        description: richText(theme.description),
      })),
    )
  }

  const regionIds = new Map<string, number>()
  for (const region of regions) {
    regionIds.set(
      region.slug,
      await ensure('regions', { field: 'slug', value: region.slug }, () => ({
        title: region.title,
        slug: region.slug,
        kind: region.kind,
        cbsCode: region.cbsCode,
        tile: region.tile,
        parent: region.parent ? ids(regionIds, [region.parent])[0] : undefined,
        description: region.description,
      })),
    )
  }

  const organisationIds = new Map<string, number>()
  for (const [index, organisation] of organisations.entries()) {
    organisationIds.set(
      organisation.slug,
      await ensure('organisations', { field: 'slug', value: organisation.slug }, async () => {
        const file = await logo(`logo-${organisation.slug}`, organisation.initials, (index * 47) % 360)
        const logoId = await ensure('media', { field: 'filename', value: file.name }, () => ({ alt: `Logo ${organisation.title}` }), { file })
        return {
          title: organisation.title,
          slug: organisation.slug,
          kind: organisation.kind,
          region: ids(regionIds, [organisation.region])[0],
          website: organisation.website,
          description: organisation.description,
          logo: logoId,
        }
      }),
    )
  }

  const programmeIds = new Map<string, number>()
  for (const programme of programmes) {
    programmeIds.set(
      programme.slug,
      await ensure(
        'programmes',
        { field: 'slug', value: programme.slug },
        () => ({
          title: programme.title,
          slug: programme.slug,
          summary: programme.summary,
          description: richText(programme.description),
          themes: ids(themeIds, programme.themes),
          contact: programme.contact,
        }),
        { status: programme.status },
      ),
    )
  }

  const editionIds = new Map<number, number>()
  for (const edition of editions) {
    editionIds.set(
      edition.year,
      await ensure('editions', { field: 'year', value: edition.year }, () => ({
        ...edition,
        startsOn: amsterdamLocalToDate(`${edition.startsOn}T00:00`).toISOString(),
        endsOn: amsterdamLocalToDate(`${edition.endsOn}T00:00`).toISOString(),
        description: richText(edition.description),
        lookBack: richText(edition.lookBack),
      })),
    )
  }

  // Practice examples and tools name a contact; the example ones send questions to the editors.
  const contactOf = (item: (typeof knowledgeItems)[number]) => {
    const contact = item.contact ?? (contactRequired.includes(item.type) ? editorialContact : undefined)
    return contact ? { ...contact, organisation: contact.organisation ? ids(organisationIds, [contact.organisation])[0] : undefined } : undefined
  }
  const itemIds = new Map<string, number>()
  for (const [index, item] of knowledgeItems.entries()) {
    const id = await ensure(
      'knowledge-items',
      { field: 'slug', value: item.slug },
      () => ({
        title: item.title,
        slug: item.slug,
        type: item.type,
        summary: item.summary,
        body: richText(item.body),
        image: index % 3 === 0 ? illustrationIds[index % illustrationIds.length] : undefined,
        themes: ids(themeIds, item.themes),
        programmes: ids(programmeIds, item.programmes),
        regions: ids(regionIds, item.regions),
        organisations: ids(organisationIds, item.organisations),
        audience: item.audience,
        perspective: item.perspective,
        evidence: item.evidence,
        // No region, or all of Noord-Brabant: the item applies to the whole province.
        regionScope: !item.regions?.length || item.regions.includes('noord-brabant') ? 'brabant' : 'regions',
        template: itemSections[item.slug] ?? {},
        externalLinks: item.links,
        attachments: ids(documentIds, item.attachments),
        contact: contactOf(item),
        publishedAt: new Date(`${item.publishedAt}T09:00:00Z`).toISOString(),
      }),
      {
        status: item.status ?? 'published',
        // A newer, unpublished edit on top of the published version (proves drafts stay hidden).
        afterCreate: item.pendingDraftTitle
          ? (newId) =>
              payload.update({ collection: 'knowledge-items', id: newId, data: { title: item.pendingDraftTitle }, draft: true, overrideAccess: true, context })
          : undefined,
      },
    )
    itemIds.set(item.slug, id)
  }

  // Who each kind of demo session is for, unless the event says otherwise.
  const audienceByEventType: Record<(typeof events)[number]['type'], string[]> = {
    'work-session': ['province'],
    'knowledge-session': ['municipalities', 'province', 'civil-society', 'knowledge-institutions'],
    'practice-session': ['municipalities', 'civil-society'],
    webinar: ['municipalities', 'province', 'civil-society', 'knowledge-institutions', 'businesses', 'residents'],
    week: ['municipalities', 'province', 'civil-society', 'knowledge-institutions', 'businesses', 'residents'],
  }
  for (const event of events) {
    const startLocal =
      typeof event.start === 'string' ? event.start : `${amsterdamWorkdayFromNow(event.start.daysFromNow, now)}T${event.start.time}`
    const startsAt = amsterdamLocalToDate(startLocal)
    const endsAt = new Date(startsAt.getTime() + event.durationMinutes * 60_000)
    await ensure(
      'events',
      { field: 'slug', value: event.slug },
      () => ({
        title: event.title,
        slug: event.slug,
        type: event.type,
        audience: event.audience ?? audienceByEventType[event.type],
        summary: event.summary,
        description: richText(event.description),
        startsAt: startsAt.toISOString(),
        startsAt_tz: 'Europe/Amsterdam',
        endsAt: endsAt.toISOString(),
        endsAt_tz: 'Europe/Amsterdam',
        location: event.location,
        programme: event.programme ? ids(programmeIds, [event.programme])[0] : undefined,
        edition: event.edition ? editionIds.get(event.edition) : undefined,
        organisers: ids(organisationIds, event.organisers),
        themes: ids(themeIds, event.themes),
        regions: ids(regionIds, event.regions),
        registration: event.registration,
        lookBack: event.lookBack
          ? { report: richText(event.lookBack.report), items: ids(itemIds, event.lookBack.items), slides: ids(documentIds, event.lookBack.slides) }
          : undefined,
      }),
      { status: event.status ?? 'published' },
    )
  }

  for (const page of pages) {
    await ensure(
      'pages',
      { field: 'slug', value: page.slug },
      () => ({
        title: page.title,
        slug: page.slug,
        intro: page.intro,
        layout: page.blocks.map((block) => {
          if (block.blockType === 'content') return { blockType: 'content', body: richText(block.markdown) }
          if (block.blockType === 'itemList') return { ...block, items: ids(itemIds, block.items) }
          return block
        }),
      }),
      { status: page.status ?? 'published' },
    )
  }

  // Indicators, and their figures through the import an editor uses (a StatLine CSV file).
  const figureRegions = regions.filter((region) => region.cbsCode).map((region) => region.cbsCode!)
  for (const { example, ...indicator } of indicators) {
    await ensure('indicators', { field: 'slug', value: indicator.slug }, () => ({ ...indicator, theme: ids(themeIds, [indicator.theme])[0] }), {
      afterCreate: async (id) => {
        const text = example
          ? exampleCsv({ ...indicator, example }, figureRegions)
          : '"RegioS";"Perioden";"Rapportcijfer"\r\n"PV30  ";"2022JJ00";"7,6"\r\n'
        const data = Buffer.from(text, 'utf8')
        const done = await payload.create({
          collection: 'figure-imports',
          data: { indicator: id, format: 'csv' },
          file: { data, mimetype: 'text/csv', name: `cijfers-${indicator.slug}.csv`, size: data.length },
          overwriteExistingFiles: true,
          overrideAccess: true,
          context,
        })
        if (done.result !== 'imported') throw new Error(`Seed figures of ${indicator.slug} were refused:\n${done.report}`)
        count('observations')
      },
    })
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  if (!settings.navigation?.length) {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { ...siteSettings, home: { ...siteSettings.home, featured: ids(itemIds, siteSettings.home.featured) } },
      overrideAccess: true,
      context,
    })
    count('site-settings')
  }

  const accounts: SeedResult['accounts'] = []
  for (const account of [
    { email: 'beheerder@kennisbank.local', name: 'Beheerder', role: 'admin' as const, password: options.passwords?.admin },
    { email: 'redacteur@kennisbank.local', name: 'Redacteur', role: 'editor' as const, password: options.passwords?.editor },
  ]) {
    if ((await findId('users', 'email', account.email)) !== undefined) continue
    const password = account.password ?? randomBytes(12).toString('base64url')
    await payload.create({
      collection: 'users',
      data: { email: account.email, name: account.name, role: account.role, password },
      overrideAccess: true,
      context,
    })
    count('users')
    accounts.push({ email: account.email, password, role: account.role })
  }

  // The word list for "bedoelde u …?" suggestions, once for everything the seed wrote.
  await refreshSearchTerms(payload)
  await refreshSearchLists(payload)
  return { created, accounts }
}
