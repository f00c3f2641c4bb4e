// Demo synonym groups: words a visitor may use for the same subject.
export const synonyms: string[] = [
  'wonen, huisvesting, woningbouw, woningmarkt, woningen',
  'werk, arbeid, werkgelegenheid, banen',
  'gezondheid, zorg, welzijn',
  'armoede, bestaanszekerheid, schulden',
  'omgeving, leefomgeving, wijk, buurt',
]
