// The themes of the CBS Monitor Brede Welvaart: eight for "hier en nu", plus the perspectives "later" and "elders".
export type ThemeSeed = {
  slug: string
  title: string
  perspective: 'here-and-now' | 'later' | 'elsewhere'
  summary: string
  description: string
}

export const themes: ThemeSeed[] = [
  {
    slug: 'subjectief-welzijn',
    title: 'Subjectief welzijn',
    perspective: 'here-and-now',
    summary: 'Hoe tevreden mensen zijn met hun leven, en hoe ze zich voelen.',
    description:
      'Subjectief welzijn gaat over hoe mensen hun eigen leven waarderen. Het is het enige thema van de monitor dat niet over omstandigheden gaat, maar over de ervaring zelf. In de enquête *Ervaren Brede Welvaart in Brabant* gaven Brabanders hun leven gemiddeld een 7,6.',
  },
  {
    slug: 'materiele-welvaart',
    title: 'Materiële welvaart',
    perspective: 'here-and-now',
    summary: 'Inkomen, consumptie en vermogen van huishoudens.',
    description:
      'Materiële welvaart is wat mensen te besteden hebben en bezitten. Het thema laat zien of huishoudens rond kunnen komen en hoe welvaart verdeeld is, niet alleen hoe groot de economie is.',
  },
  {
    slug: 'gezondheid',
    title: 'Gezondheid',
    perspective: 'here-and-now',
    summary: 'Ervaren gezondheid, levensverwachting en leefstijl.',
    description:
      'Gezondheid omvat hoe gezond mensen zich voelen, hoe lang ze gezond leven en wat daarop van invloed is, zoals bewegen, roken en overgewicht.',
  },
  {
    slug: 'arbeid-en-vrije-tijd',
    title: 'Arbeid en vrije tijd',
    perspective: 'here-and-now',
    summary: 'Werk, de kwaliteit ervan en de tijd die overblijft.',
    description:
      'Dit thema gaat over deelname aan betaald werk, de kwaliteit van banen en de balans tussen werk en vrije tijd.',
  },
  {
    slug: 'wonen',
    title: 'Wonen',
    perspective: 'here-and-now',
    summary: 'De woning en de woonomgeving.',
    description:
      'Wonen gaat over de kwaliteit en betaalbaarheid van woningen en over hoe tevreden mensen zijn met hun woonomgeving.',
  },
  {
    slug: 'samenleving',
    title: 'Samenleving',
    perspective: 'here-and-now',
    summary: 'Sociale contacten, vertrouwen en meedoen.',
    description:
      'Samenleving gaat over de verbondenheid tussen mensen: contact met familie en vrienden, vrijwilligerswerk, vertrouwen in elkaar en in instituties.',
  },
  {
    slug: 'veiligheid',
    title: 'Veiligheid',
    perspective: 'here-and-now',
    summary: 'Criminaliteit en het gevoel van veiligheid.',
    description:
      'Veiligheid omvat zowel slachtofferschap van criminaliteit als de mate waarin mensen zich veilig voelen in hun buurt.',
  },
  {
    slug: 'milieu',
    title: 'Milieu',
    perspective: 'here-and-now',
    summary: 'De kwaliteit van lucht, water en natuur om ons heen.',
    description:
      'Milieu gaat over de kwaliteit van de directe leefomgeving: luchtkwaliteit, geluid, groen en natuur dichtbij huis.',
  },
  {
    slug: 'later',
    title: 'Later: welvaart voor volgende generaties',
    perspective: 'later',
    summary: 'Economisch, natuurlijk, menselijk en sociaal kapitaal voor later.',
    description:
      'Het perspectief *later* kijkt naar de hulpbronnen die we doorgeven: economisch kapitaal, natuurlijk kapitaal, menselijk kapitaal en sociaal kapitaal. Gaat onze welvaart nu ten koste van die van volgende generaties?',
  },
  {
    slug: 'elders',
    title: 'Elders: welvaart in de rest van de wereld',
    perspective: 'elsewhere',
    summary: 'Handel en hulp, milieu en grondstoffen.',
    description:
      'Het perspectief *elders* kijkt naar de invloed van onze welvaart op mensen in andere landen, via handel en hulp en via ons gebruik van milieu en grondstoffen.',
  },
]
