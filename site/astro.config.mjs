// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { stackedTables } from './src/lib/stacked-tables.ts';
import { localeCodes, sourceLocale } from '../functions/core/locales.ts';

export default defineConfig({
  site: 'https://steunpunt-portaal.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Dutch pages keep their URLs; a translation lives under /<lang>/ (issue #14). No
  // fallback: a page exists in a language only when its translation exists in content/.
  i18n: {
    locales: localeCodes,
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: false },
  },
  // The content's tables stack their rows on a phone (site.css); the step labels the cells.
  markdown: { processor: satteri({ hastPlugins: [stackedTables] }) },
  integrations: [
    react(),
    // The back office is not for search engines or the public crawl (its pages say noindex).
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/backoffice/') }),
  ],
  vite: {
    // The content collection and the question form import schemas from ../functions.
    server: { fs: { allow: ['..'] } },
  },
});
