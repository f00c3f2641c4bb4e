import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(dirname, 'src/payload.config.ts') },
  },
  test: {
    include: ['tests/int/**/*.int.spec.ts', 'src/**/*.spec.ts'],
    environment: 'node',
    // One Payload instance per file against the shared test database; files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { PAYLOAD_JOBS_AUTORUN: 'false' },
  },
})
