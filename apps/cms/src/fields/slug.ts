import { slugField } from 'payload'

/** Lowercase ASCII words joined by hyphens: "Financiële zorgen" → "financiele-zorgen". */
export const slugify = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
  return slug || undefined
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Payload's slug field (generated from the title, unique, editable) with Dutch labels and accent-aware slugify. */
export const slug = (useAsSlug = 'title') =>
  slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => slugify(valueToSlugify),
    overrides: (row) => {
      for (const field of row.fields) {
        if ('name' in field && field.name === 'slug' && field.type === 'text') {
          field.label = 'Slug (webadres)'
          field.admin = { ...field.admin, description: 'Wordt uit de titel gemaakt; alleen kleine letters, cijfers en streepjes.' }
          // Fill an empty slug from the title before validation (Payload's own hook runs later, in beforeChange).
          field.hooks = {
            ...field.hooks,
            beforeValidate: [
              ...(field.hooks?.beforeValidate ?? []),
              ({ value, data }) => value || slugify((data as Record<string, unknown> | undefined)?.[useAsSlug]) || value,
            ],
          }
          field.validate = (value: unknown) =>
            typeof value === 'string' && slugPattern.test(value)
              ? true
              : 'Gebruik alleen kleine letters, cijfers en enkele streepjes, zoals "mijn-titel".'
        }
        if ('name' in field && field.name === 'generateSlug' && field.type === 'checkbox') {
          field.admin = { ...field.admin, description: 'Maak de slug automatisch uit de titel.' }
          // A setting of the admin's form, not content: API answers to visitors leave it out.
          field.access = { ...field.access, read: ({ req }) => Boolean(req.user) }
        }
      }
      return row
    },
  })
