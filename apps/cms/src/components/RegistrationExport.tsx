'use client'
// In an event's "Aanmelden" tab: download its registrations as CSV (GET /api/registrations/export).
import { useDocumentInfo } from '@payloadcms/ui'

export function RegistrationExport() {
  const { id } = useDocumentInfo()
  if (!id) return null
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/registrations/export?event=${id}`} download>
        Aanmeldingen downloaden (CSV)
      </a>
    </p>
  )
}
