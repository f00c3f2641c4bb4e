import type { Field } from 'payload'

/** Who created the document; set once by the server, read by the access rules for contributors; not for visitors (an internal user id). */
export const createdBy: Field = {
  name: 'createdBy',
  label: 'Aangemaakt door',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  access: {
    read: ({ req: { user } }) => Boolean(user),
    create: () => false,
    update: () => false,
  },
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [
      ({ operation, req, value }) => (operation === 'create' && req.user ? req.user.id : value),
    ],
  },
}
