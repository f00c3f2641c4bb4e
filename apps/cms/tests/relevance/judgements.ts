// The judged query set of the kennisbank search: what a visitor types, and which demo items
// (src/seed/data/knowledge-items.ts) must be among the first three results, with the reason.
// Judged by reading the demo items as a visitor would; a query lists only items that clearly answer it.
// `kind` says what the query tests beyond plain words (for the report per kind).

export type Judgement = {
  query: string
  /** Slugs that must all appear in the first three results. */
  top3: string[]
  reason: string
  kind?: 'synonym' | 'typo' | 'compound' | 'stop words'
}

export const judgements: Judgement[] = [
  { query: 'wat is brede welvaart', top3: ['wat-is-brede-welvaart'], reason: 'The question is the title of the introduction.', kind: 'stop words' },
  { query: 'monitor cbs', top3: ['de-monitor-brede-welvaart-van-het-cbs'], reason: 'The article about the CBS monitor names both words in its title.' },
  {
    query: 'regionale monitor',
    top3: ['de-regionale-monitor-brede-welvaart', 'handreiking-werken-met-de-regionale-monitor'],
    reason: 'The explanation of the Regional Monitor and the guide to working with it; both carry the name in their title.',
  },
  {
    query: 'ervaren brede welvaart',
    top3: ['ervaren-brede-welvaart-in-brabant', 'gespreksleidraad-ervaren-brede-welvaart'],
    reason: 'The Brabant survey of experienced broad prosperity, and the conversation guide of the same name.',
  },
  { query: 'hoe ervaren Brabanders hun leven', top3: ['ervaren-brede-welvaart-in-brabant'], reason: 'The survey in which over 10,000 Brabanders rate their lives.', kind: 'stop words' },
  { query: 'staat van brabant', top3: ['staat-van-brabant-en-brede-welvaart'], reason: 'Title: De Staat van Brabant en brede welvaart.', kind: 'stop words' },
  { query: 'concreet besluit', top3: ['les-begin-bij-een-concreet-besluit'], reason: 'The lesson to start from a concrete decision.' },
  { query: 'later en elders', top3: ['les-maak-later-en-elders-concreet'], reason: 'The lesson about making the perspectives later and elsewhere concrete.', kind: 'stop words' },
  { query: 'cijfers en verhalen', top3: ['les-cijfers-en-verhalen-samen'], reason: 'The lesson that figures and stories belong together.' },
  { query: 'uitvoering betrekken', top3: ['les-betrek-uitvoering-vroeg'], reason: 'The lesson to involve the people who carry out a scheme from the start.' },
  { query: 'eigenaarschap', top3: ['les-eigenaarschap-bij-het-programma'], reason: 'The lesson about ownership within the programme.' },
  { query: 'werkblad', top3: ['werkblad-het-brede-welvaartgesprek'], reason: 'The only worksheet.' },
  { query: 'checklist beleidsnota', top3: ['checklist-brede-welvaart-in-een-beleidsnota'], reason: 'The checklist for a policy paper.' },
  { query: 'gespreksleidraad inwoners', top3: ['gespreksleidraad-ervaren-brede-welvaart'], reason: 'The conversation guide for talking with residents.' },
  { query: 'subsidieregeling', top3: ['afwegingskader-subsidies'], reason: 'The assessment framework for subsidy schemes.' },
  { query: 'begroting', top3: ['praktijk-tilburg-brede-welvaart-in-de-begroting'], reason: 'The practice example of broad prosperity in a municipal budget.' },
  { query: 'wijkgesprekken', top3: ['praktijk-wijkgesprekken-breda'], reason: 'The practice example of neighbourhood conversations.' },
  { query: 'energiecoöperaties', top3: ['praktijk-energiecooperaties-noordoost'], reason: 'The practice example of energy cooperatives.' },
  { query: 'gezonde wijk', top3: ['praktijk-gezonde-wijk-helmond'], reason: 'The practice example of a healthy neighbourhood.' },
  { query: 'schoolpleinen vergroenen', top3: ['praktijk-groene-schoolpleinen'], reason: 'The practice example of greening school playgrounds.' },
  { query: 'goed werk werkgevers', top3: ['praktijk-werkgevers-en-brede-welvaart'], reason: 'The practice example of employers and good work.' },
  { query: 'mobiliteitsarmoede', top3: ['praktijk-mobiliteitsarmoede'], reason: 'The practice example mapping transport poverty.' },
  { query: 'meten op wijkniveau', top3: ['onderzoek-brede-welvaart-meten-op-wijkniveau'], reason: 'The study of measuring broad prosperity per neighbourhood.' },
  { query: 'sdg', top3: ['onderzoek-brede-welvaart-en-de-sdgs'], reason: 'The study of broad prosperity and the Sustainable Development Goals.' },
  { query: 'kennisbanken sociaal domein', top3: ['onderzoek-kennisbanken-in-het-sociaal-domein'], reason: 'The study of knowledge banks in the social domain.' },
  { query: 'video uitleg', top3: ['video-brede-welvaart-in-drie-minuten'], reason: 'The short explanatory video.' },
  { query: 'podcast gemeenteraad', top3: ['podcast-gemeenteraad-en-brede-welvaart'], reason: 'The podcast with council members.' },
  { query: 'webinar terugkijken', top3: ['webinar-terugkijken-werken-met-de-monitor'], reason: 'The recorded webinar.' },
  { query: 'woningopgave', top3: ['artikel-brede-welvaart-en-wonen'], reason: 'The article about broad prosperity and the housing task.' },
  { query: 'huisvesting', top3: ['artikel-brede-welvaart-en-wonen'], reason: 'The housing article; it does not contain the word, the demo synonym group (wonen ~ huisvesting) joins them.', kind: 'synonym' },
  { query: 'woningbouw', top3: ['artikel-brede-welvaart-en-wonen'], reason: 'The housing article, through the synonym group.', kind: 'synonym' },
  { query: 'landelijk gebied', top3: ['artikel-landelijk-gebied-en-brede-welvaart'], reason: 'The article about the countryside seen through broad prosperity.' },
  { query: 'menselijk kapitaal', top3: ['artikel-onderwijs-en-menselijk-kapitaal'], reason: 'The article about education and human capital.' },
  { query: 'ondernemers', top3: ['artikel-brede-welvaart-voor-ondernemers'], reason: 'The article about broad prosperity for entrepreneurs.' },
  { query: 'drie perspectieven', top3: ['video-brede-welvaart-in-drie-minuten'], reason: 'The video explains the three perspectives (its summary says so).' },
  { query: 'huisvesing', top3: ['artikel-brede-welvaart-en-wonen'], reason: 'A letter missing from "huisvesting": still the housing article.', kind: 'typo' },
  { query: 'mobiliteitsarmode', top3: ['praktijk-mobiliteitsarmoede'], reason: 'A letter missing from "mobiliteitsarmoede".', kind: 'typo' },
  { query: 'gespreksleidraat', top3: ['gespreksleidraad-ervaren-brede-welvaart'], reason: 'A d written as t, a common Dutch slip.', kind: 'typo' },
  { query: 'eigenaarshap', top3: ['les-eigenaarschap-bij-het-programma'], reason: 'A letter missing from "eigenaarschap".', kind: 'typo' },
  { query: 'energie coöperaties', top3: ['praktijk-energiecooperaties-noordoost'], reason: 'A compound written as two words.', kind: 'compound' },
  { query: 'school pleinen', top3: ['praktijk-groene-schoolpleinen'], reason: 'A compound written as two words.', kind: 'compound' },
]
