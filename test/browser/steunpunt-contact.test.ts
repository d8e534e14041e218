/**
 * How parents reach a steunpunt, in real Chromium against the local portal: the contact
 * block is on a content page, the question form and the Oudercafé, reachable from the
 * header on a 320 px phone and on paper; a steunpunt without phone or e-mail shows the form
 * and the national line, never the SWV's office. A coördinator changes the phone number in
 * the back office and the public page shows it after a reload, without a rebuild. The
 * demo seed gives Steunpunt Amstel & Meer a made-up demo contact (scripts/local/demo-contacts.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContacts } from '../../scripts/local/demo-contacts.ts';
import {
  expectNoAxeViolations,
  expectOutcome,
  knownDemoUser,
  PortalSite,
  visible,
} from '../support/portal-site.ts';

const site = new PortalSite({ workerIntervalMs: 200 });
beforeAll(() => site.start());
afterAll(() => site.stop());

const smallPhone = { width: 320, height: 640 };
const coordinator = knownDemoUser('ruud-coordinator');
const beheerder = knownDemoUser('ingrid-beheerder');
const demo = demoContacts['amstel-en-meer']!;

const contactBlock = (page: Page) => page.getByRole('region', { name: 'Contact' });

/** The block once its script has put the live contact in. */
async function liveBlock(page: Page) {
  const block = contactBlock(page);
  await expect.poll(() => block.getAttribute('data-state'), { timeout: 10_000 }).toBe('live');
  return block;
}

describe('the steunpunt’s contact on the public site', () => {
  it.each([
    ['a content page', '/po-haarlemmermeer/begrippen/'],
    ['the question form', '/po-haarlemmermeer/vraag/'],
    ['the Oudercafé', '/po-haarlemmermeer/oudercafe/'],
  ])(
    'is one tap away on %s on a 320 px phone, with links to call, WhatsApp and mail',
    async (_what, path) => {
      const page = await site.newPage({ viewport: smallPhone });
      await page.goto(`${site.url}${path}`);
      const block = await liveBlock(page);
      await page.getByRole('banner').getByRole('link', { name: 'Contact' }).click();
      await page.waitForURL(/#contact$/);
      await expect
        .poll(() =>
          block.evaluate((el) => {
            const box = el.getBoundingClientRect();
            return box.top < window.innerHeight && box.bottom > 0;
          }),
        )
        .toBe(true);

      expect(await block.getByRole('link', { name: demo.phone! }).getAttribute('href')).toBe(
        'tel:0000000001',
      );
      expect(await block.getByRole('link', { name: demo.whatsapp! }).getAttribute('href')).toBe(
        'https://wa.me/31600000002',
      );
      expect(await block.getByRole('link', { name: demo.email! }).getAttribute('href')).toBe(
        `mailto:${demo.email}`,
      );
      const text = await block.innerText();
      expect(text).toContain(demo.hours);
      expect(text).toContain(demo.complaints!.name);
      expect(text).not.toContain('0800-5010');
      // Nothing on the phone is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      await expectNoAxeViolations(page, `${path} on a 320 px phone`, { lang: 'nl' });
      await page.context().close();
    },
  );

  it('prints with the page, without the footer’s links', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/po-haarlemmermeer/thuiszitten/`);
    await liveBlock(page);
    await page.emulateMedia({ media: 'print' });
    await visible(contactBlock(page).getByRole('link', { name: demo.phone! }));
    expect(await page.getByRole('navigation', { name: 'Meer', exact: true }).isVisible()).toBe(
      false,
    );
    await page.context().close();
  });

  it('shows the form and the national line, never the SWV’s office, when a steunpunt has no phone or e-mail', async () => {
    const page = await site.newPage({ viewport: smallPhone });
    await page.goto(`${site.url}/vo-midden-kennemerland/`);
    const block = await liveBlock(page);
    await visible(block.getByRole('link', { name: 'formulier op deze website' }));
    expect(await block.getByRole('link', { name: '0800-5010' }).getAttribute('href')).toBe(
      'tel:08005010',
    );
    const text = await block.innerText();
    expect(text).toContain('Ouders & Onderwijs');
    expect(text).toContain('niet dit steunpunt');
    expect(text).not.toMatch(/samenwerkingsverband/i);
    expect(await page.locator('main').innerText()).not.toContain(
      'Op deze website staat nog geen apart telefoonnummer',
    );
    await expectNoAxeViolations(page, 'home page of a steunpunt without contact', { lang: 'nl' });
    await page.context().close();
  });
});

describe('back office: the coördinator keeps the contact', () => {
  it('refuses a bad number, saves a new one, and the public page shows it after a reload', async () => {
    const publicPage = await site.newPage();
    await publicPage.goto(`${site.url}/po-haarlemmermeer/begrippen/`);
    await visible((await liveBlock(publicPage)).getByRole('link', { name: demo.phone! }));

    const page = await site.newPage();
    await site.signInAs(page, coordinator, /\/backoffice\/vragen\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Contactgegevens' }).click();
    await page.waitForURL(/\/backoffice\/contactgegevens\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Contactgegevens' }));
    const phone = page.getByLabel('Telefoonnummer');
    await expect.poll(() => phone.inputValue()).toBe(demo.phone);
    expect(
      await page.getByText('Dit adres komt onder elke mail aan ouders als antwoordadres').count(),
    ).toBe(1);
    await expectNoAxeViolations(page, 'contactgegevens', { lang: 'nl' });

    await phone.fill('bel ons');
    await page.getByRole('button', { name: 'Contactgegevens opslaan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Vul een telefoonnummer in zoals 020 123 45 67',
    ]);
    await expectNoAxeViolations(page, 'contactgegevens with an error', { lang: 'nl' });

    await phone.fill('0000 000 009');
    await page.getByRole('button', { name: 'Contactgegevens opslaan' }).click();
    await expectOutcome(page, 'De contactgegevens van Steunpunt Amstel & Meer zijn opgeslagen');
    await expectNoAxeViolations(page, 'contactgegevens saved', { lang: 'nl' });

    await publicPage.reload();
    const block = await liveBlock(publicPage);
    expect(await block.getByRole('link', { name: '0000 000 009' }).getAttribute('href')).toBe(
      'tel:0000000009',
    );
    expect(await block.innerText()).not.toContain(demo.phone);
    await publicPage.context().close();
    await page.context().close();
  });

  it('lets the beheerder pick any steunpunt, and shows which have no reply address', async () => {
    const page = await site.newPage();
    await site.signInAs(page, beheerder, /\/backoffice\/beheer\/$/);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Contactgegevens' })
      .click();
    await page.waitForURL(/\/backoffice\/contactgegevens\/$/);
    const edit = page.getByRole('button', {
      name: /Wijzig de contactgegevens van Steunpunt Amstel & Meer/,
    });
    await visible(edit);
    expect(await page.locator('main').innerText()).toContain(
      'Nog geen e-mailadres: ouders kunnen niet op een mail antwoorden.',
    );
    await expectNoAxeViolations(page, 'contactgegevens as beheerder', { lang: 'nl' });
    await page
      .getByRole('button', { name: /Wijzig de contactgegevens van Oudersteunpunt PPO/ })
      .click();
    await visible(page.getByLabel('E-mailadres'));
    await expectNoAxeViolations(page, 'contactgegevens as beheerder, editing', { lang: 'nl' });
    await page.context().close();
  });

  it('is not there for a medewerker', async () => {
    const page = await site.newPage();
    await site.signInAs(page, knownDemoUser('sanne-medewerker'), /\/backoffice\/vragen\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link').allTextContents()).not.toContain('Contactgegevens');
    await page.context().close();
  });
});
