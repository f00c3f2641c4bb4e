// Where to report a vulnerability (RFC 9116): the kennisbank's contact address (site settings), as on the portal.
import config from '@payload-config'
import { securityTxt } from '@kennisbank/types/api'
import { getPayload } from 'payload'

export async function GET(request: Request) {
  const payload = await getPayload({ config })
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const url = new URL(request.url)
  const contact = settings.contact?.email || `security@${url.hostname}`
  return new Response(securityTxt({ contact, canonical: url.href }), {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  })
}
