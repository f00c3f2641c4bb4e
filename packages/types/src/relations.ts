// Which collections a document of each collection (or global) brings along when it is read with
// depth ≥ 1: its relationship, upload and join fields. The portal tags a cached page with these, so a
// change in any of them drops the page (apps/web/server/page-cache.js). Kept equal to the CMS's config
// by a test (apps/cms/tests/int/cache.int.spec.ts), which prints the right map when they differ.
export const populates: Record<string, readonly string[]> = {
  'knowledge-items': ['knowledge-items', 'media', 'organisations', 'programmes', 'regions', 'themes', 'users'],
  'programmes': ['events', 'knowledge-items', 'media', 'themes', 'users'],
  'events': ['editions', 'knowledge-items', 'media', 'organisations', 'programmes', 'regions', 'registrations', 'themes', 'users'],
  'registrations': ['events'],
  'editions': ['events'],
  'organisations': ['events', 'knowledge-items', 'media', 'regions'],
  'themes': ['events', 'indicators', 'knowledge-items'],
  'regions': ['knowledge-items', 'organisations', 'regions'],
  'indicators': ['observations', 'themes'],
  'observations': ['indicators', 'regions'],
  'figure-imports': ['indicators'],
  'pages': ['knowledge-items', 'media', 'users'],
  'feedback': ['knowledge-items', 'pages'],
  'users': ['organisations'],
  'global:site-settings': ['knowledge-items'],
}

/** The collections a read of `collection` at `depth` brings along (itself only when it refers to itself). */
export function broughtAlong(collection: string, depth: number): string[] {
  const found = new Set<string>()
  let frontier = [collection]
  for (let level = 0; level < depth && frontier.length; level++) {
    frontier = [...new Set(frontier.flatMap((name) => populates[name] ?? []))].filter((name) => !found.has(name))
    for (const name of frontier) found.add(name)
  }
  return [...found]
}
