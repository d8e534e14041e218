/**
 * Content pages ship no JavaScript. Only the pages that need it may have scripts: the
 * question form (a React island), search, the gemeente chooser on the home page, the live
 * meeting list (a small plain script on an SWV's home page and agenda), the sign-up and
 * cancel forms of a meeting (React islands), and the back office (an application: every
 * page is a React island).
 */
import { describe, expect, it } from 'vitest';
import { builtPages, scriptsOf } from '../support/built-site.ts';

const allowed = [
  /^\/$/,
  /^\/zoeken\/$/,
  /^\/[a-z0-9-]+\/zoeken\/$/,
  /^\/[a-z0-9-]+\/vraag\/$/,
  /^\/[a-z0-9-]+\/$/,
  /^\/[a-z0-9-]+\/oudercafe\/((aanmelden|afmelden)\/)?$/,
  /^\/backoffice\/([a-z-]+\/)?$/,
];

describe('JavaScript on the site', () => {
  const pages = builtPages();

  it('is only on the pages that need it', () => {
    const withScripts = pages.filter((page) => scriptsOf(page.html).length > 0).map((p) => p.path);
    expect(withScripts.filter((path) => !allowed.some((pattern) => pattern.test(path)))).toEqual(
      [],
    );
  });

  it('is really there on the pages that need it (so the check above means something)', () => {
    for (const path of [
      '/',
      '/zoeken/',
      '/po-haarlemmermeer/vraag/',
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
