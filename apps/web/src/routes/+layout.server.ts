import type { LayoutServerLoad } from './$types'

import { cms } from '$lib/server/cms'

export const load: LayoutServerLoad = async () => {
  const settings = await cms().siteSettings()
  const links = (list: { label: string; url: string }[] | null | undefined) => (list ?? []).map(({ label, url }) => ({ label, url }))
  return {
    site: {
      name: settings.siteName,
      tagline: settings.tagline ?? '',
      navigation: links(settings.navigation),
      footerText: settings.footer?.text ?? '',
      footerLinks: links(settings.footer?.links),
      contact: { email: settings.contact?.email ?? '', phone: settings.contact?.phone ?? '', address: settings.contact?.address ?? '' },
      registrationRetentionMonths: settings.registrations?.retentionMonths ?? 6,
    },
  }
}
