import { error } from '@sveltejs/kit'

import type { PageServerLoad } from './$types'

import { audiences, evidenceLevels, itemSections, knowledgeTypes, labelOf } from '@kennisbank/types/vocabularies'

import { safeHref } from '$lib/url'
import { cms } from '$lib/server/cms'
import { downloads, image, itemCard, organisationLinks, populated, programmeLinks, regionLinks, rich, themeLinks, validSlug } from '$lib/server/content'
import { loadSummaries } from '$lib/server/figures'
import { m } from '$lib/messages'
import { paths } from '$lib/paths'

export const load: PageServerLoad = async ({ params }) => {
  const slug = validSlug(params.slug)
  const item = slug ? await cms().findBySlug('knowledge-items', slug, 2) : null
  if (!item) error(404, m.error.itemNotFound)
  const contactOrganisation = populated(item.contact?.organisation)[0]
  // Editors' picks first, then the items that share most with this one.
  const picks = populated(item.related).filter((doc) => doc._status !== 'draft')
  const themeIds = populated(item.themes).map((theme) => theme.id)
  const [automatic, figures] = await Promise.all([
    picks.length >= 3 ? [] : cms().related(item.slug, picks.map((doc) => doc.slug), 3 - picks.length).then((answer) => answer.docs),
    themeIds.length ? loadSummaries({ theme: themeIds }).then((answer) => answer.summaries.slice(0, 6)) : [],
  ])
  return {
    item: {
      title: item.title,
      summary: item.summary,
      type: labelOf(knowledgeTypes, item.type),
      evidence: item.evidence
        ? { label: labelOf(evidenceLevels, item.evidence), href: paths.evidence(item.evidence), assignedAt: item.evidenceAssignedAt ?? null }
        : null,
      // Sections of the template that are filled in, in their fixed order; paragraphs split at blank lines.
      sections: itemSections.flatMap(({ name, label }) => {
        const text = item.template?.[name]?.trim()
        return text ? [{ name, label, paragraphs: text.split(/\n\s*\n/).map((p) => p.trim()) }] : []
      }),
      appliesToAll: item.regionScope !== 'regions',
      publishedAt: item.publishedAt ?? null,
      updatedAt: item.updatedAt,
      image: image(item.image),
      seoImage: image(item.seo?.image) ?? image(item.image),
      seoTitle: item.seo?.title || item.title,
      seoDescription: item.seo?.description || item.summary,
      body: rich(item.body),
      attachments: downloads(item.attachments),
      links: (item.externalLinks ?? []).flatMap(({ label, url }) => {
        const href = safeHref(url)
        return href ? [{ label, url: href }] : []
      }),
      contact:
        item.contact?.name || contactOrganisation
          ? { name: item.contact?.name ?? '', role: item.contact?.role ?? '', organisation: contactOrganisation?.title ?? '', email: item.contact?.email ?? '' }
          : null,
      themes: themeLinks(item.themes),
      programmes: programmeLinks(item.programmes),
      regions: regionLinks(item.regions),
      organisations: organisationLinks(item.organisations),
      audience: (item.audience ?? []).map((value) => labelOf(audiences, value)),
      figures,
      related: [...picks.map(itemCard), ...automatic.map((doc) => ({ title: doc.title, href: paths.item(doc.slug), summary: doc.summary, meta: [labelOf(knowledgeTypes, doc.type)] }))],
    },
  }
}
