import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user']

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean =>
  Boolean(user && 'role' in user && allowed.includes(user.role as Role))

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

export const isLoggedIn: Access = ({ req: { user } }) => Boolean(user)

export const anyone: Access = () => true

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
