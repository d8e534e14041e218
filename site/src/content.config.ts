import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentPage, glossaryTerm } from '../../functions/tenants/content-page.ts';
import { routeOutcomePage } from '../../functions/tenants/route-outcome-page.ts';
import { translatedPage } from '../../functions/tenants/translated-page.ts';
import { gemeenteFusie } from '../../functions/tenants/gemeente-fusies.ts';
import { steunpuntProfile } from '../../functions/tenants/steunpunt-profile.ts';
import { swvProfile } from '../../functions/tenants/swv-profile.ts';

/**
 * Everything under content/, checked against the shared schemas: a bad front matter
 * stops the build with the schema's message. See content/README.md for the model.
 * PORTAL_CONTENT_DIR points the build at another content folder (the benchmark builds
 * 150 generated SWVs that way).
 */
const root = process.env.PORTAL_CONTENT_DIR ?? '../content';

/** `content/swv/<slug>/index.md`: the entry id is the folder name, the tenant slug. */
const swv = defineCollection({
  loader: glob({
    pattern: '*/index.md',
    base: `${root}/swv`,
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: swvProfile,
});

/** An SWV's own pages, `<slug>/<page>.md` and `<slug>/jongeren/<page>.md`. */
const swvPages = defineCollection({
  loader: glob({
    pattern: ['*/*.md', '*/jongeren/*.md', '!*/index.md'],
    base: `${root}/swv`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: contentPage,
});

const fileId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

const landelijk = defineCollection({
  loader: glob({ pattern: '*.md', base: `${root}/landelijk`, generateId: fileId }),
  schema: contentPage,
});

const jongeren = defineCollection({
  loader: glob({ pattern: '*.md', base: `${root}/jongeren`, generateId: fileId }),
  schema: contentPage,
});

const begrippen = defineCollection({
  loader: glob({ pattern: '*.md', base: `${root}/begrippen`, generateId: fileId }),
  schema: glossaryTerm,
});

/** The texts of the route chooser's outcomes (klachten en geschillen), one file per outcome. */
const routes = defineCollection({
  loader: glob({ pattern: '*.md', base: `${root}/routes`, generateId: fileId }),
  schema: routeOutcomePage,
});

/**
 * Translations (issue #14): `translations/<lang>/<page>.md`, id `<lang>/<page>`. A page
 * exists in a language only when its file does; nothing falls back to a Dutch copy.
 */
const translations = defineCollection({
  loader: glob({ pattern: '*/*.md', base: `${root}/translations`, generateId: fileId }),
  schema: translatedPage,
});

const steunpunten = defineCollection({
  loader: glob({ pattern: '*.md', base: `${root}/steunpunten`, generateId: fileId }),
  schema: steunpuntProfile,
});

/** Gemeenten that merged since the plans were written (content/gemeente-fusies.yaml). */
const gemeenteFusies = defineCollection({
  loader: file(`${root}/gemeente-fusies.yaml`),
  schema: gemeenteFusie,
});

export const collections = {
  swv,
  swvPages,
  landelijk,
  jongeren,
  begrippen,
  steunpunten,
  routes,
  gemeenteFusies,
  translations,
};
