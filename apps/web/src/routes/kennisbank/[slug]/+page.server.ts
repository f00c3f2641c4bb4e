import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { safeHref, toRichNodes } from '$lib/richtext/transform'
import { cms } from '$lib/server/cms'
import { readConfig } from '$lib/server/config'

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
      body: toRichNodes(item.body, { mediaBase: readConfig().cmsUrl }),
      links: (item.externalLinks ?? []).flatMap(({ label, url }) => {
        const href = safeHref(url)
        return href ? [{ label, url: href }] : []
      }),
    },
  }
}
