import adapter from '@sveltejs/adapter-node'
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte'

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ precompress: true }),
    csp: {
      // Hashes, not nonces: a page is rendered once and served from the cache to everyone.
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'img-src': ['self', 'data:', 'http:', 'https:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
}

export default config
