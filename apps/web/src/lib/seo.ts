/**
 * The one place where the portal builds markup from data: a JSON-LD block. Every character that
 * could end the script element or start markup is escaped as a JSON unicode escape, so text
 * from the CMS cannot break out (`</script>`, `<!--`, U+2028).
 */
export function jsonLdScript(data: Record<string, unknown>): string {
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return `<script type="application/ld+json">${json}</script>`
}

/** What a page says about itself to search engines and when it is shared. */
export type Seo = {
  title: string
  description?: string
  /** OpenGraph type: website for lists and pages, article for items. */
  type?: 'website' | 'article'
  image?: { src: string; alt: string; width?: number; height?: number } | null
  /** schema.org data for this page (Article, Event, Organization…). */
  jsonLd?: Record<string, unknown> | null
  /** Keep the page out of search results (error pages, filtered lists). */
  noindex?: boolean
  /** Other forms of this page's content, as `<link rel="alternate">`: its feeds, its oEmbed. */
  alternates?: { href: string; type: string; title: string }[]
}
