import { NextResponse, type NextRequest } from 'next/server'

/** Payload reads the admin language from this cookie before the browser's Accept-Language. */
const languageCookie = 'payload-lng'

/**
 * The admin is Dutch by default, whatever language the browser asks for. An editor who
 * picks English in their account settings gets a cookie of their own, which is kept.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  request.cookies.set(languageCookie, 'nl')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(languageCookie, 'nl', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
