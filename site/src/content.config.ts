import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { swvProfile } from '../../functions/tenants/swv-profile.ts';

/**
 * One entry per samenwerkingsverband: `content/swv/<slug>/index.md`. The front matter is
 * the profile (checked against the shared schema, so a bad profile fails the build) and
 * the body is the short introduction on the SWV's home page. The entry id is the folder
 * name, which is also the tenant slug the API and the seed use.
 */
const swv = defineCollection({
  loader: glob({
    pattern: '*/index.md',
    base: '../content/swv',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: swvProfile,
});

export const collections = { swv };
