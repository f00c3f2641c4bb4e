import type { Field } from 'payload'

/** The readers' answers to the feedback question (was this page useful?) in the sidebar (components/FeedbackSummary.tsx); stores nothing. */
export const feedbackSummary: Field = {
  name: 'feedbackSummary',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/components/FeedbackSummary#FeedbackSummary' } },
}
