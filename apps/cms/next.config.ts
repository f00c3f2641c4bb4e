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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
