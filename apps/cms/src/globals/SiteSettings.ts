import type { Field, GlobalConfig } from 'payload'

import { anyone, isEditor } from '../access/roles'

const linkFields: Field[] = [
  { name: 'label', label: 'Tekst', type: 'text', required: true, maxLength: 80 },
  {
    name: 'url',
    label: 'Link',
    type: 'text',
    required: true,
    admin: { description: 'Een pad op deze site (/kennisbank) of een volledig webadres.' },
    validate: (value: unknown) =>
      typeof value === 'string' && (/^\/[a-z0-9\-/]*$/.test(value) || /^https?:\/\/\S+$/.test(value))
        ? true
        : 'Vul een pad zoals /kennisbank of een webadres met https:// in.',
  },
]

/** The home page's introduction and featured items, navigation, footer and contact details of the portal. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Website-instellingen',
  admin: { group: 'Beheer' },
  access: { read: anyone, update: isEditor },
  fields: [
    { name: 'siteName', label: 'Naam van de site', type: 'text', required: true, defaultValue: 'Kennisbank Brede Welvaart Brabant' },
    { name: 'tagline', label: 'Ondertitel', type: 'text', maxLength: 200 },
    {
      name: 'home',
      label: 'Startpagina',
      type: 'group',
      fields: [
        { name: 'intro', label: 'Introductie', type: 'textarea', maxLength: 600, admin: { description: 'Korte uitleg bovenaan de startpagina: wat vindt een bezoeker hier?' } },
        {
          name: 'featured',
          label: 'Uitgelicht',
          type: 'relationship',
          relationTo: 'knowledge-items',
          hasMany: true,
          maxRows: 3,
          // The items themselves, not what they link to: at the default depth the global brought along
          // every theme, programme, region, organisation and image of each item (7 statements, 164 ms).
          maxDepth: 1,
          admin: { description: 'Maximaal drie kennisitems die de startpagina uitlicht. Alleen gepubliceerde items worden getoond.' },
        },
      ],
    },
    { name: 'navigation', label: 'Hoofdnavigatie', type: 'array', maxRows: 8, fields: linkFields },
    {
      name: 'footer',
      label: 'Voettekst',
      type: 'group',
      fields: [
        { name: 'text', label: 'Tekst', type: 'textarea', maxLength: 600 },
        { name: 'links', label: 'Links', type: 'array', maxRows: 12, fields: linkFields },
      ],
    },
    {
      name: 'registrations',
      label: 'Aanmeldingen',
      type: 'group',
      fields: [
        {
          name: 'retentionMonths',
          label: 'Bewaartermijn (maanden na de bijeenkomst)',
          type: 'number',
          required: true,
          defaultValue: 6,
          min: 1,
          max: 36,
          admin: {
            description:
              'Zoveel maanden na afloop van een bijeenkomst worden de aanmeldingen (met naam en e-mailadres) automatisch verwijderd, elke nacht. Houd de privacyverklaring hiermee in overeenstemming.',
          },
        },
      ],
    },
    {
      name: 'contact',
      label: 'Contact',
      type: 'group',
      fields: [
        { name: 'email', label: 'E-mailadres', type: 'email' },
        { name: 'phone', label: 'Telefoonnummer', type: 'text', maxLength: 30 },
        { name: 'address', label: 'Adres', type: 'textarea', maxLength: 300 },
      ],
    },
  ],
}
