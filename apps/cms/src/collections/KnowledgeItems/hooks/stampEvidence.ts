import type { KnowledgeItem } from '@kennisbank/types'
import type { CollectionBeforeChangeHook } from 'payload'

/** Records who assigned the evidence label and when, each time it changes (shown with the label). */
export const stampEvidence: CollectionBeforeChangeHook<KnowledgeItem> = ({ data, originalDoc, req }) => {
  if (!data.evidence || data.evidence === originalDoc?.evidence) return data
  return { ...data, evidenceAssignedAt: new Date().toISOString(), evidenceAssignedBy: req.user?.id ?? null }
}
