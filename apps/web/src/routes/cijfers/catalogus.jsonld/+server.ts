import type { RequestHandler } from './$types'

import { m } from '$lib/messages'
import { loadFigures } from '$lib/server/figures'

/**
 * The figures as a catalogue of datasets in DCAT (JSON-LD), the vocabulary of data.overheid.nl and
 * DCAT-AP-NL: one dataset per indicator, with its CSV and JSON files as distributions.
 */
export const GET: RequestHandler = async ({ url }) => {
  const figures = await loadFigures()
  const publisher = { '@type': 'foaf:Organization', 'foaf:name': m.site.name }
  const catalogue = {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/', xsd: 'http://www.w3.org/2001/XMLSchema#' },
    '@id': new URL('/cijfers/catalogus.jsonld', url.origin).href,
    '@type': 'dcat:Catalog',
    'dct:title': m.figures.title,
    'dct:description': m.figures.description,
    'dct:language': 'nl',
    'dct:publisher': publisher,
    'foaf:homepage': new URL('/cijfers', url.origin).href,
    'dcat:dataset': figures.map((figure) => {
      const page = new URL(`/cijfers/${figure.slug}`, url.origin).href
      const distribution = (extension: string, mediaType: string, format: string) => ({
        '@type': 'dcat:Distribution',
        'dct:title': `${figure.title} (${format})`,
        'dcat:accessURL': { '@id': page },
        'dcat:downloadURL': { '@id': `${page}.${extension}` },
        'dcat:mediaType': mediaType,
        'dct:format': format,
        'dct:license': { '@id': figure.licence.url },
      })
      return {
        '@id': page,
        '@type': 'dcat:Dataset',
        'dct:identifier': page,
        'dct:title': figure.title,
        'dct:description': figure.exampleData ? `${figure.description} ${m.figures.exampleNotice}` : figure.description,
        'dct:publisher': publisher,
        'dct:license': { '@id': figure.licence.url },
        'dct:modified': { '@value': figure.updatedAt, '@type': 'xsd:dateTime' },
        'dct:source': figure.source,
        'dct:spatial': 'Noord-Brabant',
        ...(figure.years.length ? { 'dct:temporal': `${figure.years[0]}/${figure.years.at(-1)}` } : {}),
        'dcat:keyword': ['brede welvaart', ...(figure.theme ? [figure.theme.title.toLowerCase()] : [])],
        'dcat:landingPage': { '@id': page },
        'dcat:distribution': [distribution('csv', 'text/csv', 'CSV'), distribution('json', 'application/json', 'JSON')],
      }
    }),
  }
  return new Response(JSON.stringify(catalogue, null, 2), { headers: { 'content-type': 'application/ld+json; charset=utf-8' } })
}
