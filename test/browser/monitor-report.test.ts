/**
 * The half-year report in real Chromium against the local portal: Joost (SWV reader) has
 * signed in once, so the portal knows his address; Ruud (coördinator) writes the
 * introduction and recommendations with the keyboard beside the preview and publishes;
 * Joost gets the mail, follows its link, reads the report and prints it (print media
 * emulated: no chrome, each section on its own page). Axe in every state, also on a phone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastComplete } from '../../functions/monitor/periods.ts';
import {
  expectNoAxeViolations,
  expectOutcome,
  knownDemoUser,
  phone,
  PortalSite,
  tabTo,
  visible,
} from '../support/portal-site.ts';

const joost = knownDemoUser('joost-swv-lezer');
const ruud = knownDemoUser('ruud-coordinator');
const swv = 'po-haarlemmermeer';
const half = lastComplete('halfjaar', new Date());

const site = new PortalSite();
beforeAll(() => site.start());
afterAll(() => site.stop());

const heading = (page: Page, name: string | RegExp, level = 1) =>
  page.getByRole('heading', { level, name });

describe('the half-year report', () => {
  it('is written and published by Ruud, mailed to Joost, read and printed by him', async () => {
    // Joost signs in once: from then on the portal can tell him about a report.
    const joostPage = await site.newPage();
    await site.signInAs(joostPage, joost.name, /\/backoffice\/monitor\/$/);

    const page = await site.newPage();
    await site.signInAs(page, ruud.name);
    await page.goto(`${site.url}/backoffice/rapportage/?swv=${swv}`);
    await visible(heading(page, /^Rapportages /));
    await visible(page.getByText('Er is nog geen rapportage gepubliceerd.'));
    await expectNoAxeViolations(page, 'reports, none published', { lang: 'nl' });

    await page.getByRole('link', { name: `Schrijf de rapportage over het ${half.label}` }).click();
    await visible(heading(page, new RegExp(`^Halfjaarrapportage ${half.label} schrijven`)));
    await visible(heading(page, 'Voorbeeld: zo ziet de lezer de rapportage', 2));
    await visible(heading(page, `Kerncijfers ${half.label}`, 2));
    await expectNoAxeViolations(page, 'report editor, empty', { lang: 'nl' });

    await tabTo(page, page.getByRole('textbox', { name: 'Inleiding' }));
    await page.keyboard.type('Dit halfjaar vroegen ouders vaak naar thuiszitten.');
    // The preview follows the text as it is typed.
    await visible(page.getByText('Dit halfjaar vroegen ouders vaak naar thuiszitten.').last());
    await tabTo(page, page.getByRole('button', { name: 'Publiceren' }));
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Bewaar je wijzigingen' });
    await visible(summary);
    await expectNoAxeViolations(page, 'report editor, not saved', { lang: 'nl' });

    await tabTo(page, page.getByRole('textbox', { name: 'Aanbevelingen van het steunpunt' }));
    await page.keyboard.type('Maak met de scholen een plan voor kinderen die thuiszitten.');
    await tabTo(page, page.getByRole('button', { name: 'Bewaren' }));
    await page.keyboard.press('Enter');
    await expectOutcome(page, 'De rapportage is bewaard');
    await expectNoAxeViolations(page, 'report editor, saved', { lang: 'nl' });

    await tabTo(page, page.getByRole('button', { name: 'Publiceren' }));
    await page.keyboard.press('Enter');
    await visible(page.getByText(/Deze rapportage is gepubliceerd op/));
    await visible(heading(page, `Halfjaarrapportage ${half.label}`));
    await expectNoAxeViolations(page, 'report, published (coördinator)', { lang: 'nl' });

    // Joost's mail: only that the report is there, with a link.
    await site.portal.drainMail();
    const mail = (await site.portal.mails()).find(
      (m) => m.destination.to.includes(joost.email) && /halfjaarrapportage/i.test(m.subject),
    );
    expect(mail?.subject).toContain(half.label);
    const link = /https?:\/\/\S+rapportage\/\?\S+/.exec(mail?.body.text ?? '')?.[0];
    expect(link).toBeDefined();
    expect(mail?.body.text).not.toMatch(/thuiszitten|\d+ contacten/);

    const url = new URL(link!);
    await joostPage.goto(`${site.url}${url.pathname}${url.search}`);
    await visible(heading(joostPage, `Halfjaarrapportage ${half.label}`));
    await visible(
      joostPage.getByText('Maak met de scholen een plan voor kinderen die thuiszitten.'),
    );
    await visible(heading(joostPage, `Kerncijfers ${half.label}`, 2));
    await visible(heading(joostPage, 'Aanbevelingen van het steunpunt', 2));
    expect(await joostPage.getByRole('textbox').count()).toBe(0);
    await expectNoAxeViolations(joostPage, 'report, reader', { lang: 'nl' });

    // Printed: no header, menu or buttons; each section starts a page; tables kept whole.
    await joostPage.emulateMedia({ media: 'print' });
    expect(await joostPage.locator('.bo-header').isVisible()).toBe(false);
    expect(await joostPage.getByRole('button', { name: /Afdrukken/ }).isVisible()).toBe(false);
    const printed = await joostPage.evaluate(() => {
      const section = document.querySelector('.bo-report__section');
      const table = document.querySelector('.bo-report table');
      return {
        breakBefore: section ? getComputedStyle(section).breakBefore : '',
        tableBreak: table ? getComputedStyle(table).breakInside : '',
      };
    });
    expect(printed).toEqual({ breakBefore: 'page', tableBreak: 'avoid' });
    const pdf = await joostPage.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await joostPage.emulateMedia({ media: 'screen' });

    // The list, and the report on a phone: tables scroll in their labelled regions.
    await joostPage.goto(`${site.url}/backoffice/rapportage/`);
    await visible(joostPage.getByRole('link', { name: `Halfjaarrapportage ${half.label}` }));
    await expectNoAxeViolations(joostPage, 'reports, reader list', { lang: 'nl' });
    const mobile = await site.newPage({ viewport: phone });
    await site.signInAs(mobile, joost.name, /\/backoffice\/monitor\/$/);
    await mobile.goto(`${site.url}${url.pathname}${url.search}`);
    await visible(heading(mobile, `Kerncijfers ${half.label}`, 2));
    await visible(mobile.getByRole('region', { name: /^Kerncijfers, met de vorige periode/ }));
    await expectNoAxeViolations(mobile, 'report, phone', { lang: 'nl' });
  });
});
