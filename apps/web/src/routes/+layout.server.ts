import type { LayoutServerLoad } from './$types'

import { cms } from '$lib/server/cms'

export const load: LayoutServerLoad = async () => {
  const settings = await cms().siteSettings()
  return {
    site: {
      name: settings.siteName,
      tagline: settings.tagline ?? '',
      navigation: (settings.navigation ?? []).map(({ label, url }) => ({ label, url })),
      footerText: settings.footer?.text ?? '',
      footerLinks: (settings.footer?.links ?? []).map(({ label, url }) => ({ label, url })),
    },
  }
}
