import type { CollectionConfig } from 'payload'

import { hasRole, isAdmin, isAdminField, roles } from '../access/roles'

const roleLabels: Record<(typeof roles)[number], string> = {
  admin: 'Beheerder',
  editor: 'Redacteur',
  contributor: 'Bijdrager',
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: 'Beheer',
  },
  auth: {
    // Five failed logins lock the account; only an admin unlocks it (access.unlock).
    maxLoginAttempts: 5,
    lockTime: 1000 * 60 * 60 * 24 * 365,
    tokenExpiration: 60 * 60 * 8,
    // Secure (sent over HTTPS only) when the CMS is served over HTTPS; HttpOnly always (Payload's default).
    cookies: { sameSite: 'Lax', secure: (process.env.CMS_PUBLIC_URL ?? '').startsWith('https://') },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    read: ({ req: { user } }) => (hasRole(user, 'admin') ? true : user ? { id: { equals: user.id } } : false),
    update: ({ req: { user } }) => (hasRole(user, 'admin') ? true : user ? { id: { equals: user.id } } : false),
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [
      // The very first account (created in the admin's first-user screen) becomes admin.
      async ({ operation, data, req }) => {
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
        return totalDocs === 0 ? { ...data, role: 'admin' } : data
      },
    ],
  },
  fields: [
    { name: 'name', label: 'Naam', type: 'text', required: true, maxLength: 120 },
    {
      name: 'role',
      label: 'Rol',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: 'Redacteuren publiceren; bijdragers maken alleen concepten die een redacteur publiceert.',
      },
    },
    {
      name: 'organisation',
      label: 'Organisatie',
      type: 'relationship',
      relationTo: 'organisations',
      admin: { position: 'sidebar' },
    },
  ],
}
