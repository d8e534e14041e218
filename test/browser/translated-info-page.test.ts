/**
 * A translated information page in real Chromium against the local portal (issue #14): a
 * Turkish-speaking parent goes from the Dutch OPP page to the Turkish one by keyboard,
 * reads the deadline from data with its mark, and follows the mark to its section of the
 * Dutch text; the Arabic page reads right to left on a phone, with the mark after the term
 * in its reading order, and has no axe violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { termText } from '../../functions/core/legal-terms.ts';
import { infoPageTexts } from '../../site/src/lib/i18n/info-page-texts.ts';
import { expectNoAxeViolations, phone, PortalSite } from '../support/portal-site.ts';

const site = new PortalSite();
beforeAll(() => site.start());
afterAll(() => site.stop());

const dutchOpp = '/po-haarlemmermeer/opp/';

describe('a translated information page', () => {
  it('takes a parent from the Dutch page to Turkish and back to the Dutch text by keyboard', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}${dutchOpp}`);
    const turkish = page
      .getByRole('navigation', { name: 'Taal' })
      .getByRole('link', { name: 'Türkçe' });
    await turkish.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/tr${dutchOpp}`);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['tr', 'ltr']);

    // The deadline comes from data, in Turkish, and says it is not checked.
    const term = page.locator('.legal-term[data-term="gpoFiling"]');
    expect(await term.textContent()).toBe(termText('gpoFiling', 'tr'));
    const mark = term.locator('xpath=following-sibling::a[1]');
    expect(await mark.textContent()).toBe(infoPageTexts.tr.uncheckedMark);
    expect(await mark.isVisible()).toBe(true);
    await expectNoAxeViolations(page, `/tr${dutchOpp}`, { lang: 'tr' });

    await mark.focus();
    await page.keyboard.press('Enter');
    // The Dutch page, at the section the deadline is in.
    const section = 'wat-als-je-het-niet-eens-bent-met-het-opp';
    await page.waitForURL(`${site.url}${dutchOpp}#${section}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.locator(`#${section}`).textContent()).toBe(
      'Wat als je het niet eens bent met het OPP?',
    );
    await page.context().close();
  });

  it('reads right to left in Arabic on a phone, the mark after the term', async () => {
    const page = await site.newPage({ viewport: phone, locale: 'ar' });
    await page.goto(`${site.url}/ar${dutchOpp}`);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    const term = page.locator('.legal-term[data-term="oppAfterEnrolment"]');
    expect(await term.textContent()).toBe(termText('oppAfterEnrolment', 'ar'));
    const mark = term.locator('xpath=following-sibling::a[1]');
    const [termBox, markBox] = [await term.boundingBox(), await mark.boundingBox()];
    // Right to left: on the same line the mark comes after, so it stands left of the term;
    // wrapped, it starts on a lower line.
    expect(
      markBox!.y > termBox!.y + termBox!.height / 2 || markBox!.x + markBox!.width <= termBox!.x,
    ).toBe(true);
    // No sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await expectNoAxeViolations(page, `/ar${dutchOpp} (phone)`, { lang: 'ar' });
    await page.context().close();
  });
});
