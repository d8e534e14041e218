/**
 * Content pages ship no JavaScript but one small plain script: the steunpunt's contact
 * block (on every page of an SWV, so a changed phone number needs no rebuild). Only the
 * pages that need it may have other scripts: the
 * question form (a React island), search, the gemeente chooser on the home page, the live
 * meeting list (a small plain script on an SWV's home page and agenda), the route chooser's
 * outcome pages with a filing deadline (a small plain script; route-chooser-pages.test.ts
 * holds it to those pages and to its size), the letter page for a bezwaar or GPO request
 * (a small plain script; letter-page.test.ts), the sign-up and
 * cancel forms of a meeting (React islands), and the back office (an application: every
 * page is a React island).
 */
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, scriptsOf } from '../support/built-site.ts';

/** The contact block's script: inline, and it looks for its block by this attribute. */
const contactScript =
  /<script type="module">((?:(?!<\/script>)[\s\S])*\[data-steunpunt-contact\](?:(?!<\/script>)[\s\S])*)<\/script>/;

/** The page's scripts other than the contact block's. */
const otherScripts = (html: string) => scriptsOf(html).length - (contactScript.test(html) ? 1 : 0);

const allowed = [
  /^\/$/,
  /^\/zoeken\/$/,
  /^\/[a-z0-9-]+\/zoeken\/$/,
  /^\/[a-z0-9-]+\/vraag\/$/,
  // Hulp bij een klacht of geschil: every page of the form, its start page too (it keeps
  // the route the chooser passed on).
  /^\/[a-z0-9-]+\/klacht\/([a-z-]+\/)?$/,
  /^\/[a-z0-9-]+\/$/,
  /^\/[a-z0-9-]+\/oudercafe\/((aanmelden|afmelden)\/)?$/,
  /^\/[a-z0-9-]+\/klacht-of-geschil\/[a-z0-9/-]+\/$/,
  /^\/[a-z0-9-]+\/klacht\/brief\/$/,
  /^\/backoffice\/([a-z-]+\/)?$/,
  // A translated page remembers the language chosen in its switcher (issue #14).
  /^\/(en|ar|tr|pl|uk)\/[a-z0-9-]+\/$/,
  // The Oudercafé in every language (issue #14).
  /^\/(en|ar|tr|pl|uk)\/[a-z0-9-]+\/oudercafe\/((aanmelden|afmelden)\/)?$/,
  // The question form in each language (issue #14).
  /^\/(en|ar|tr|pl|uk)\/[a-z0-9-]+\/vraag\/$/,
];

describe('JavaScript on the site', () => {
  const pages = builtPages();

  it('has the contact block’s script on every page of an SWV, and it stays small', () => {
    // Every page under an SWV's slug; the portal's own pages (/, /zoeken/) have no steunpunt.
    const slugs = readdirSync(new URL('../../content/swv/', import.meta.url));
    const swvPages = pages.filter((page) =>
      slugs.some((slug) => page.path.startsWith(`/${slug}/`)),
    );
    expect(swvPages.length).toBeGreaterThan(100);
    for (const page of swvPages) {
      expect(contactScript.test(page.html), page.path).toBe(true);
    }
    const script = contactScript.exec(swvPages[0]!.html)![1]!;
    expect(gzipSync(script).length).toBeLessThan(1500);
  });

  it('is only on the pages that need it', () => {
    const withScripts = pages.filter((page) => otherScripts(page.html) > 0).map((p) => p.path);
    expect(withScripts.filter((path) => !allowed.some((pattern) => pattern.test(path)))).toEqual(
      [],
    );
  });

  it('is really there on the pages that need it (so the check above means something)', () => {
    for (const path of [
      '/',
      '/zoeken/',
      '/po-haarlemmermeer/vraag/',
      '/po-haarlemmermeer/klacht/',
      '/po-haarlemmermeer/klacht/datum/',
      '/po-haarlemmermeer/klacht/controleer/',
      '/po-haarlemmermeer/zoeken/',
      '/po-haarlemmermeer/',
      '/po-haarlemmermeer/oudercafe/',
      '/po-haarlemmermeer/oudercafe/aanmelden/',
      '/po-haarlemmermeer/oudercafe/afmelden/',
      '/backoffice/',
      '/backoffice/vragen/',
    ]) {
      const page = pages.find((p) => p.path === path);
      expect(page && scriptsOf(page.html).length, path).toBeGreaterThan(0);
    }
  });
});
