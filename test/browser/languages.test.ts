/**
 * The SWV home in another language, in real Chromium against the local portal (issue #14):
 * the Arabic page reads right to left and shows the steunpunt's live contact (the register
 * the coördinator keeps) with Arabic labels; the switcher's links are plain links, reached
 * by keyboard; the language a parent chose is offered on the Dutch home later, as a link
 * in that language, never as a redirect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContacts } from '../../scripts/local/demo-contacts.ts';
import { expectNoAxeViolations, PortalSite, visible } from '../support/portal-site.ts';

const site = new PortalSite();
beforeAll(() => site.start());
afterAll(() => site.stop());

const demo = demoContacts['amstel-en-meer']!;
const dutchHome = '/po-haarlemmermeer/';
const arabicHome = '/ar/po-haarlemmermeer/';

describe('the SWV home in another language', () => {
  it('reads right to left in Arabic, with the live contact under Arabic labels', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}${arabicHome}`);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    const block = page.locator('[data-steunpunt-contact]');
    await expect.poll(() => block.getAttribute('data-state')).toBe('live');
    const lines = block.locator('[data-contact-lines]');
    const phone = lines
      .locator('dt', { hasText: 'الهاتف' })
      .locator('xpath=following-sibling::dd[1]');
    expect(await phone.textContent()).toBe(demo.phone);
    // A number reads left to right inside the Arabic page: its first digit stands leftmost.
    let numbers = 0;
    for (const link of await page.locator('a[href^="tel:"], a[href^="https://wa.me/"]').all()) {
      if (!(await link.isVisible())) continue;
      numbers += 1;
      const [first, last] = await link.evaluate((a) => {
        const text = a.firstChild!;
        const box = (at: number) => {
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          return range.getBoundingClientRect().left;
        };
        return [box(0), box(text.textContent!.length - 1)];
      });
      expect(first, (await link.textContent()) ?? '').toBeLessThan(last);
    }
    expect(numbers).toBeGreaterThanOrEqual(2);
    const hours = lines.locator('dd', { hasText: demo.hours! });
    expect(await hours.getAttribute('lang')).toBe('nl');
    // The heading's text starts at the right edge of the main column: the page is mirrored.
    const [textLeft, textRight, mainLeft, mainRight] = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      const text = range.getBoundingClientRect();
      const main = document.querySelector('main')!.getBoundingClientRect();
      return [text.left, text.right, main.left, main.right];
    });
    expect(mainRight - textRight).toBeLessThan(40);
    expect(textLeft - mainLeft).toBeGreaterThan(200);
    await expectNoAxeViolations(page, `${arabicHome} (live contact)`, { lang: 'ar' });
    await page.context().close();
  });

  it('offers the language a parent chose on the Dutch home, without redirecting', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}${dutchHome}`);
    const offer = page.locator('[data-language-offer="tr"]');
    expect(await offer.isVisible()).toBe(false);

    // Choose Türkçe with the keyboard: the switcher is plain links.
    const turkish = page
      .getByRole('navigation', { name: 'Taal' })
      .getByRole('link', { name: 'Türkçe' });
    expect(await turkish.getAttribute('lang')).toBe('tr');
    await turkish.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}/tr/po-haarlemmermeer/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');

    // Back on the Dutch home later: still Dutch, with the offer in Turkish.
    await page.goto(`${site.url}${dutchHome}`);
    await visible(offer);
    expect(page.url()).toBe(`${site.url}${dutchHome}`);
    expect(await offer.getAttribute('lang')).toBe('tr');
    expect(await offer.getByRole('link').textContent()).toBe('Bu sayfayı Türkçe okuyun');
    await expectNoAxeViolations(page, `${dutchHome} (offer shown)`, { lang: 'nl' });

    // Choosing Nederlands on a translated page takes the offer away again.
    await offer.getByRole('link').click();
    await page.waitForURL(`${site.url}/tr/po-haarlemmermeer/`);
    await page
      .getByRole('navigation', { name: 'Dil' })
      .getByRole('link', { name: 'Nederlands' })
      .click();
    await page.waitForURL(`${site.url}${dutchHome}`);
    expect(await offer.isVisible()).toBe(false);
    await page.context().close();
  });
});
