import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { lexicalToBlocks } from '$lib/richtext'
import { cms } from '$lib/server/cms'

export const load: PageServerLoad = async ({ params }) => {
  if (!/^[a-z0-9-]{1,120}$/.test(params.slug)) error(404, 'Dit kennisitem bestaat niet.')
  const item = await cms().knowledgeItems.bySlug(params.slug)
  if (!item) error(404, 'Dit kennisitem bestaat niet.')
  return {
    item: {
      title: item.title,
      summary: item.summary,
      type: item.type,
      publishedAt: item.publishedAt ?? null,
      body: lexicalToBlocks(item.body),
      links: (item.externalLinks ?? []).map(({ label, url }) => ({ label, url })),
    },
  }
}
