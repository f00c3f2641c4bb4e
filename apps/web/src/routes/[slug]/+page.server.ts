import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { cms } from '$lib/server/cms'
import { image, pageBlocks, validSlug } from '$lib/server/content'
import { m } from '$lib/messages'

export const load: PageServerLoad = async ({ params }) => {
  const slug = validSlug(params.slug)
  const found = slug ? await cms().findBySlug('pages', slug, 2) : null
  if (!found) error(404, m.error.pageNotFound)
  return {
    page: {
      title: found.title,
      intro: found.intro ?? '',
      blocks: pageBlocks(found.layout),
      updatedAt: found.updatedAt,
      seoTitle: found.seo?.title || found.title,
      seoDescription: found.seo?.description || found.intro || '',
      seoImage: image(found.seo?.image),
    },
  }
}
