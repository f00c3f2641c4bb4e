/** Public (Dutch) portal URLs of the content collections. */
export const paths = {
  item: (slug: string) => `/kennisbank/${slug}`,
  programme: (slug: string) => `/programmas/${slug}`,
  event: (slug: string) => `/agenda/${slug}`,
  /** The event as an iCalendar file; `/agenda.ics` is the feed of all events. */
  eventCalendar: (slug: string) => `/agenda/${slug}.ics`,
  eventCancel: (slug: string) => `/agenda/${slug}/afmelden`,
  organisation: (slug: string) => `/netwerk/${slug}`,
  theme: (slug: string) => `/themas/${slug}`,
  edition: (year: number) => `/week-van-de-brede-welvaart/${year}`,
  page: (slug: string) => `/${slug}`,
  /** What the evidence labels mean; `level` jumps to one of them. */
  evidence: (level?: string) => `/kennisbank/onderbouwing${level ? `#${level}` : ''}`,
  /** Uploads (images, downloads), served by the portal from the CMS (routes/media/[file]). */
  media: '/media',
}

/** Portal path of a document by its collection, for internal links in rich text. */
export const collectionPaths: Record<string, (slug: string) => string> = {
  'knowledge-items': paths.item,
  programmes: paths.programme,
  events: paths.event,
  organisations: paths.organisation,
  themes: paths.theme,
  pages: paths.page,
}
