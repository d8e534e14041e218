/**
 * The route chooser and the statements in other languages, in real Chromium (issue #14): a
 * Turkish-speaking and an Arabic-speaking parent walk by keyboard to the bezwaar against a
 * TLV decision, enter the day the decision came and read the same last day as a Dutch
 * parent, written in their language (Arabic right to left, with Latin digits), how many days are
 * left and why it moved (Ascension Day). Axe checks a sample of the chooser's states and both statements
 * in every language. Needs a built site: `npm run build:site`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intlLocale } from '../../functions/core/locale-dates.ts';
import { localeCodes, type Locale } from '../../functions/core/locales.ts';
import { chooserTexts } from '../../functions/core/route-chooser/texts/index.ts';
import { chooserPath } from '../../site/src/lib/route-chooser.ts';
import { expectNoAxeViolations, PortalSite, phone, tabTo } from '../support/portal-site.ts';

const site = new PortalSite();
const slug = 'po-haarlemmermeer';

beforeAll(() => site.start());
afterAll(() => site.stop());

const pathOf = (page: Page) => new URL(page.url()).pathname;
const strip = (text: string) => text.replace(/\[\[(.+?)\]\]/g, '$1');

/** Tab to a link by its name and follow it with Enter, as a keyboard user does. */
async function follow(page: Page, name: string, expected: string) {
  await tabTo(page, page.getByRole('link', { name, exact: true }));
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${expected}`);
  expect(pathOf(page)).toBe(expected);
}

/** Walk from the first question to the TLV outcome and enter 17 April 2025; the readout. */
async function lastDayIn(lang: Locale) {
  const t = chooserTexts[lang];
  const page = await site.newPage({ viewport: phone });
  // Today is 1 May 2025 for the page, so the last day is still ahead and the readout
  // says how many days are left and why the last day moved.
  await page.clock.setFixedTime(new Date('2025-05-01T10:00:00+02:00'));
  const start = chooserPath(slug, {}, lang);
  await page.goto(`${site.url}${start}`);
  await follow(page, strip(t.questions.over.options.tlv), chooserPath(slug, { over: 'tlv' }, lang));
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    strip(t.outcomeTitles['bezwaar-tlv']),
  );
  const date = page.getByLabel(t.deadlineForm.labelDecision);
  await expect.poll(() => date.isVisible()).toBe(true);
  await tabTo(page, date);
  // Reached by Tab; filled in whole, because the order in which a date field takes typed
  // digits depends on the browser's locale, not on the page.
  await date.fill('2025-04-17');
  const result = page.locator('[data-deadline-result]');
  await expect.poll(async () => (await result.textContent())?.length ?? 0).toBeGreaterThan(20);
  const lines = await result.locator('p').allTextContents();
  /** The last day and the day the term ended, as the page's own Intl writes them. */
  const [june2, may29] = await page.evaluate(
    (intl) =>
      [2, 29].map((day) =>
        new Intl.DateTimeFormat(intl, {
          timeZone: 'Europe/Amsterdam',
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }).format(new Date(Date.UTC(2025, day === 2 ? 5 : 4, day, 12))),
      ),
    intlLocale(lang),
  );
  const help = page.locator('a[data-help-link]');
  expect(await help.getAttribute('href')).toBe(
    `/${slug}/klacht/?route=bezwaar-tlv&datum=2025-04-17`,
  );
  const dir = await page.evaluate(() => document.documentElement.dir);
  await expectNoAxeViolations(page, `${pathOf(page)} (with the date)`, { lang });
  await page.context().close();
  return { lines, june2: june2!, may29: may29!, dir, t };
}

describe('the route chooser in other languages', () => {
  it('gives a Dutch parent the last day, 2 June 2025', async () => {
    const { lines, june2 } = await lastDayIn('nl');
    expect(lines[0]).toBe(`Je laatste dag is ${june2}.`);
    expect(june2).toBe('maandag 2 juni 2025');
    expect(lines[1]).toBe('Je hebt nog 32 dagen.');
    expect(lines[2]).toContain('donderdag 29 mei 2025. Dat is een Hemelvaartsdag.');
  });

  for (const lang of ['tr', 'ar'] as const) {
    it(`gives a parent in ${lang} the same last day, in ${lang}, by keyboard`, async () => {
      const { lines, june2, may29, dir, t } = await lastDayIn(lang);
      expect(lines[0]).toBe(t.deadline.lastDay.replace('{date}', june2));
      // The term ended on Ascension Day, named in the language.
      expect(lines.join(' ')).toContain(may29);
      expect(lines.join(' ')).toContain(t.deadline.restDays.Hemelvaartsdag);
      const days = t.deadline.daysLeft;
      const form = days[new Intl.PluralRules(intlLocale(lang)).select(32)] ?? days.other;
      expect(lines[1]).toBe(form.replace('{days}', '32'));
      expect(lines.join(' ')).toMatch(/\b2\b.*2025/);
      expect(lines.join(' ')).not.toMatch(/[٠-٩]/);
      expect(dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    });
  }
});

describe('axe on the chooser and the statements in every language', () => {
  for (const lang of localeCodes) {
    it(`has no violations in ${lang}`, async () => {
      const page = await site.newPage();
      const prefix = lang === 'nl' ? '' : `/${lang}`;
      for (const path of [
        chooserPath(slug, {}, lang),
        chooserPath(slug, { over: 'verwijdering', besluit: 'ja' }, lang),
        chooserPath(slug, { over: 'verwijdering', besluit: 'ja', school: 'weet-niet' }, lang),
        chooserPath(slug, { over: 'gedrag', gesproken: 'ja' }, lang),
        `${prefix}/${slug}/privacy/`,
        `${prefix}/${slug}/toegankelijkheid/`,
      ]) {
        await page.goto(`${site.url}${path}`);
        await expectNoAxeViolations(page, path, { lang });
      }
      await page.context().close();
    });
  }
});
