import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // In a pnpm workspace the dependencies live at the root, so Turbopack must start there.
  turbopack: { root: path.resolve(dirname, '../..') },
  poweredByHeader: false,
  // Types are checked by `pnpm check` (tsc over sources and tests) before every test run.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  // Workspace packages export TypeScript source.
  transpilePackages: ['@kennisbank/types'],
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
  // The headers internet.nl's website test asks for, on every answer. The admin (Next.js, Payload) needs inline
  // scripts and styles, so its CSP sets what it can: who may frame it, where forms go, no plugins; the API's
  // JSON answers get the strictest one.
  headers: async () => [
    {
      source: '/:path*',
      headers: [
        { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'same-origin' },
        { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
        { key: 'Content-Security-Policy', value: "frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'" },
      ],
    },
    // JSON and the rest of the API; uploads (PDFs shown by the browser's viewer) keep the general one.
    { source: '/api/((?!media/file/).*)', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }] },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
