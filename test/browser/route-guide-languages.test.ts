/**
 * The route guide "Bij wie moet je zijn?" in another language, in real Chromium against the
 * local portal (issue #14). An Arabic-speaking parent on a phone picks what is going on by
 * keyboard, lands on that route's part of the page, reads its deadline from data with its
 * mark, and follows the route's mark to the same part of the Dutch guide. A Turkish-speaking
 * parent goes from the guide's TLV route to the Turkish TLV page, while the glossary, only
 * in Dutch, says so.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { termText } from '../../functions/core/legal-terms.ts';
import { chrome } from '../../site/src/lib/i18n/chrome.ts';
import { infoPageTexts } from '../../site/src/lib/i18n/info-page-texts.ts';
import { expectNoAxeViolations, phone, PortalSite } from '../support/portal-site.ts';

const site = new PortalSite();
beforeAll(() => site.start());
afterAll(() => site.stop());

const guide = '/po-haarlemmermeer/bij-wie/';

/** Is the heading with this id on screen (its top in the viewport)? True, or where it is. */
const onScreen = (page: Page, id: string) =>
  page.evaluate((id) => {
    const top = document.getElementById(id)!.getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight ? true : `top ${top}, scrollY ${window.scrollY}`;
  }, id);

describe('the translated route guide', () => {
  it('takes an Arabic parent on a phone by keyboard to a route, its deadline and the Dutch text', async () => {
    // Reduced motion: the jump to a part is instant (Utrecht scrolls smoothly otherwise, and
    // a smooth scroll a test starts at once may be cut short by the focus's own scroll).
    const page = await site.newPage({ viewport: phone, locale: 'ar', reducedMotion: 'reduce' });
    await page.goto(`${site.url}/ar${guide}`);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    expect(await onScreen(page, 'geschorst')).not.toBe(true);

    // "Your child has been suspended", from the list at the top of the guide.
    const choice = page.locator('main a[href="#geschorst"]');
    expect(await choice.textContent()).toBe('طفلك موقوف مؤقتًا عن المدرسة');
    await choice.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#geschorst');
    await expect.poll(() => onScreen(page, 'geschorst')).toBe(true);

    // The longest a suspension may last comes from data, in Arabic, marked as unchecked.
    const section = page.locator('#geschorst + p + ol');
    const term = section.locator('.legal-term[data-term="suspensionMax"]');
    expect(await term.textContent()).toBe(termText('suspensionMax', 'ar'));
    expect(await term.locator('xpath=following-sibling::a[1]').textContent()).toBe(
      infoPageTexts.ar.uncheckedMark,
    );
    // No sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await expectNoAxeViolations(page, `/ar${guide}#geschorst (phone)`, { lang: 'ar' });

    // The route's own mark leads to the same route in the Dutch guide.
    const mark = page.locator('#geschorst a[data-unchecked-mark]');
    expect(await mark.textContent()).toBe(infoPageTexts.ar.uncheckedMark);
    await mark.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}${guide}#geschorst`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await page.locator('#geschorst').textContent()).toBe('Geschorst');
    await expect.poll(() => onScreen(page, 'geschorst')).toBe(true);
    await page.context().close();
  });

  it('links a Turkish parent to the Turkish TLV page, and to the Dutch glossary saying so', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/tr${guide}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');

    const route = page.locator('#besluit-over-een-tlv ~ *').first();
    expect(await route.textContent()).toContain('kabul belgesi');
    const deadline = page.locator('.legal-term[data-term="objection"]').last();
    expect(await deadline.textContent()).toBe(termText('objection', 'tr'));

    // The glossary exists only in Dutch: the link says so in Turkish.
    const glossary = page.locator('main a[href="/po-haarlemmermeer/begrippen/#schorsing"]');
    expect(await glossary.getAttribute('hreflang')).toBe('nl');
    expect(await glossary.textContent()).toContain(chrome.tr.inDutch);

    const tlv = page.locator('main a[href="/tr/po-haarlemmermeer/tlv/"]').first();
    await tlv.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/tr/po-haarlemmermeer/tlv/`);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.title.length > 0]),
    ).toEqual(['tr', true]);
    expect(await page.locator('h1').textContent()).toBe('TLV ile özel bir okula');
    await page.context().close();
  });
});
