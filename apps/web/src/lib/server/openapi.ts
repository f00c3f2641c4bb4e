// The OpenAPI 3.1 description of the public read API (public-api.ts), served at /api/v1/openapi.json as
// the Dutch API Design Rules ask. Its schemas describe exactly what the shapers return; the e2e test
// validates the document and checks real answers against these schemas (tests/api.e2e.ts).
import { audiences, eventTypes, evidenceLevels, itemSections, knowledgeTypes } from '@kennisbank/types/vocabularies'
import { searchLimits } from '@kennisbank/types/api'

import { apiBase, apiVersion } from './public-api'

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const text = { type: 'string' }
const texts = { type: 'array', items: text }
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] })
const dateTime = { type: 'string', format: 'date-time' }
const uri = { type: 'string', format: 'uri' }
const object = (properties: Record<string, object>, description?: string) => ({
  type: 'object',
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
})
const codeOf = (options: readonly { value: string; label: string }[], description: string) =>
  object({ code: { type: 'string', enum: options.map((option) => option.value) }, label: text }, `${description} Codes: ${options.map((o) => `${o.value} (${o.label})`).join(', ')}.`)

const query = (name: string, description: string, schema: object = text) => ({ name, in: 'query', required: false, description, schema })
const slugPath = { name: 'slug', in: 'path', required: true, description: 'De slug uit het webadres van de pagina, bijvoorbeeld `monitor-brede-welvaart`.', schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } }
const paging = [
  query('pagina', 'Paginanummer, vanaf 1.', { type: 'integer', minimum: 1, default: 1 }),
  query('aantal', 'Aantal resultaten per pagina.', { type: 'integer', minimum: 1, maximum: 50, default: 20 }),
]
const problems = {
  '400': { description: 'Ongeldige parameter; `detail` zegt welke en wat er wel mag.', content: { 'application/problem+json': { schema: ref('Probleem') } } },
  '429': { description: 'Te veel verzoeken die niet uit de cache komen; probeer het na `Retry-After` seconden opnieuw.', content: { 'application/problem+json': { schema: ref('Probleem') } } },
  '503': { description: 'De inhoud is tijdelijk niet te laden; probeer het na `Retry-After` seconden opnieuw.', content: { 'application/problem+json': { schema: ref('Probleem') } } },
}
const notFound = { '404': { description: 'Bestaat niet of is niet (meer) gepubliceerd.', content: { 'application/problem+json': { schema: ref('Probleem') } } } }
const headers = {
  'API-Version': { description: 'De volledige versie van deze API.', schema: text },
  ETag: { description: 'Vraag opnieuw met `If-None-Match` voor een 304 als er niets veranderd is.', schema: text },
}
const ok = (description: string, schema: object) => ({ '200': { description, headers, content: { 'application/json': { schema } } } })
const get = (summary: string, description: string, parameters: object[], responses: object, operationId: string) => ({
  get: { operationId, summary, description, parameters, responses, tags: ['Inhoud'] },
})

const eventProperties = {
  slug: text,
  titel: text,
  samenvatting: text,
  soort: codeOf(eventTypes, 'Soort bijeenkomst.'),
  begin: dateTime,
  einde: dateTime,
  locatie: object({ vorm: { type: 'string', enum: ['op locatie', 'online', 'op locatie en online'] }, plaats: nullable(text), adres: nullable(text) }),
  voorWie: texts,
  aanmelden: { type: 'string', enum: ['nodig', 'niet nodig'] },
  themas: texts,
  url: uri,
  agenda: { ...uri, description: 'De bijeenkomst als iCalendar-bestand.' },
}

export function openApiDocument(origin: string, email: string | null) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kennisbank Brede Welvaart Brabant — publieke API',
      version: apiVersion,
      description:
        'Lees de gepubliceerde inhoud van de kennisbank brede welvaart van de provincie Noord-Brabant: kennisitems, bijeenkomsten en thema’s. ' +
        'Alleen gepubliceerde inhoud; zonder sleutel of account; te lezen vanaf elke website (CORS). Antwoorden hebben een `ETag` en `Cache-Control`; ' +
        'vraag opnieuw met `If-None-Match` en u krijgt een 304 als er niets veranderd is. Fouten komen als `application/problem+json` (RFC 9457). ' +
        'Voorbeelden staan op /ontwikkelaars.',
      contact: { name: 'Kennisbank Brede Welvaart Brabant', url: `${origin}/ontwikkelaars`, ...(email ? { email } : {}) },
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
    },
    servers: [{ url: `${origin}${apiBase}`, description: 'Deze kennisbank' }],
    tags: [{ name: 'Inhoud', description: 'Gepubliceerde inhoud van de kennisbank.' }],
    paths: {
      '/kennisitems': get(
        'Kennisitems zoeken en filteren',
        'Gepubliceerde kennisitems, met dezelfde parameters als de zoekpagina /kennisbank. Zonder zoekterm: nieuwste eerst.',
        [
          query('zoekterm', `Woorden om op te zoeken (hoogstens ${searchLimits.queryLength} tekens).`, { type: 'string', maxLength: searchLimits.queryLength }),
          query('soort', 'Soort kennisitem.', { type: 'string', enum: knowledgeTypes.map((o) => o.value) }),
          query('thema', 'Slug van een thema (zie /themas).'),
          query('programma', 'Slug van een programma.'),
          query('regio', 'Slug van een regio of gemeente; vindt ook wat voor heel Noord-Brabant geldt.'),
          query('doelgroep', 'Doelgroep.', { type: 'string', enum: audiences.map((o) => o.value) }),
          query('onderbouwing', 'Niveau van onderbouwing.', { type: 'string', enum: evidenceLevels.map((o) => o.value) }),
          query('jaar', 'Jaar van publicatie.', { type: 'string', pattern: '^(19|20)\\d\\d$' }),
          query('sorteer', 'Volgorde; standaard relevantie met zoekterm, anders nieuwste.', { type: 'string', enum: ['relevantie', 'nieuwste', 'oudste', 'titel'] }),
          ...paging,
        ],
        { ...ok('Een pagina kennisitems.', object({ resultaten: { type: 'array', items: ref('KennisitemInLijst') }, paginering: ref('Paginering') })), ...problems },
        'zoekKennisitems',
      ),
      '/kennisitems/{slug}': get('Eén kennisitem', 'Een gepubliceerd kennisitem met de secties van het sjabloon, de tekst en de bijlagen.', [slugPath], { ...ok('Het kennisitem.', ref('Kennisitem')), ...notFound, ...problems }, 'leesKennisitem'),
      '/evenementen': get(
        'Bijeenkomsten',
        'Gepubliceerde bijeenkomsten die nog niet voorbij zijn, de eerstvolgende eerst.',
        [
          query('vanaf', 'Alleen bijeenkomsten die op of na deze dag eindigen (JJJJ-MM-DD, Nederlandse tijd); standaard nu.', { type: 'string', format: 'date' }),
          query('soort', 'Soort bijeenkomst.', { type: 'string', enum: eventTypes.map((o) => o.value) }),
          query('thema', 'Slug van een thema.'),
          ...paging,
        ],
        { ...ok('Een pagina bijeenkomsten.', object({ resultaten: { type: 'array', items: ref('Evenement') }, paginering: ref('Paginering') })), ...notFound, ...problems },
        'lijstEvenementen',
      ),
      '/evenementen/{slug}': get('Eén bijeenkomst', 'Een gepubliceerde bijeenkomst met haar beschrijving.', [slugPath], { ...ok('De bijeenkomst.', ref('EvenementDetail')), ...notFound, ...problems }, 'leesEvenement'),
      '/themas': get('Thema’s', 'De thema’s van brede welvaart, in de volgorde van de kennisbank.', [], { ...ok('Alle thema’s.', object({ resultaten: { type: 'array', items: ref('Thema') } })), ...problems }, 'lijstThemas'),
      '/openapi.json': get('Deze beschrijving', 'De OpenAPI-beschrijving van deze API.', [], { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } }, 'openapi'),
    },
    components: {
      schemas: {
        Paginering: object({
          pagina: { type: 'integer' },
          perPagina: { type: 'integer' },
          totaal: { type: 'integer' },
          totaalIsSchatting: { type: 'boolean', description: 'Waar wanneer de zoekwoorden zo veel kennisitems vinden dat `totaal` een schatting is (twee significante cijfers); de pagina’s zijn dan de best passende.' },
          aantalPaginas: { type: 'integer' },
        }),
        Probleem: {
          type: 'object',
          description: 'Een fout volgens RFC 9457; `title` en `detail` in het Nederlands.',
          required: ['type', 'title', 'status', 'detail'],
          properties: { type: text, title: text, status: { type: 'integer' }, detail: text, instance: text },
        },
        Soort: codeOf(knowledgeTypes, 'Soort kennisitem.'),
        KennisitemInLijst: object({
          slug: text,
          titel: text,
          samenvatting: text,
          soort: ref('Soort'),
          onderbouwing: nullable(codeOf(evidenceLevels, 'Onderbouwing, toegekend door de redactie (uitleg op /kennisbank/onderbouwing).')),
          themas: texts,
          regios: { ...texts, description: 'Genoemde regio’s en gemeenten; leeg als het item voor heel Noord-Brabant geldt.' },
          geldtVoorHeelBrabant: { type: 'boolean' },
          gepubliceerdOp: nullable(dateTime),
          url: uri,
        }),
        Kennisitem: object({
          slug: text,
          titel: text,
          samenvatting: text,
          soort: ref('Soort'),
          onderbouwing: nullable(object({ code: { type: 'string', enum: evidenceLevels.map((o) => o.value) }, label: text, toegekendOp: nullable(dateTime), uitleg: uri })),
          themas: texts,
          programmas: texts,
          regios: texts,
          geldtVoorHeelBrabant: { type: 'boolean' },
          doelgroepen: texts,
          organisaties: texts,
          secties: {
            type: 'array',
            description: `Ingevulde secties van het sjabloon, in vaste volgorde: ${itemSections.map((s) => s.label).join(', ')}.`,
            items: object({ naam: { type: 'string', enum: itemSections.map((s) => s.name) }, titel: text, tekst: text }),
          },
          tekst: { ...text, description: 'De tekst als platte tekst; alinea’s gescheiden door een lege regel.' },
          bijlagen: { type: 'array', items: object({ titel: text, url: uri, soort: text, grootte: text }) },
          gepubliceerdOp: nullable(dateTime),
          gewijzigdOp: dateTime,
          url: uri,
        }),
        Evenement: object(eventProperties),
        EvenementDetail: object({ ...eventProperties, tekst: text, gewijzigdOp: dateTime }),
        Thema: object({ slug: text, titel: text, samenvatting: text, url: uri }),
      },
    },
  }
}
