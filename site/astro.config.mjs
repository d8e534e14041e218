// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://steunpunt-portaal.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [react(), sitemap()],
  vite: {
    // The content collection and the question form import schemas from ../functions.
    server: { fs: { allow: ['..'] } },
  },
});
