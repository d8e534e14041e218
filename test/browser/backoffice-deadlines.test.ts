/**
 * The inbox by filing deadline in real Chromium against the local portal: a medewerker of
 * Amstel & Meer signs in, chooses "Termijn eerst" with the keyboard alone, finds the
 * complaint whose last day came first at the top with "Termijn verlopen", filters on
 * "Binnen 10 werkdagen", and sees the flag on the case page. Axe checks every state.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amsterdamToday } from '../../functions/cases/intakes/complaint-schema.ts';
import { expectNoAxeViolations, PortalSite, tabTo, visible } from '../support/portal-site.ts';

const swv = 'po-haarlemmermeer';
const steunpunt = 'amstel-en-meer';
const site = new PortalSite();
const medewerker = () => site.userWithRole('medewerker', { steunpunt });

const daysAgo = (days: number) => amsterdamToday(new Date(Date.now() - days * 86_400_000));

/** A complaint on the public API, as the intake sends it, decided on `decisionDate`. */
const complain = (route: string, decisionDate: string) =>
  site.complain(swv, {
    route,
    about: 'Basisschool De Linde',
    decisionDate,
    whatHappened:
      'De school wil dat mijn zoon naar een andere school gaat. Ik ben het daar niet mee eens.',
    spokenWith: 'De directeur',
    outcomeWanted: 'Dat hij op deze school kan blijven.',
    wantsLetterHelp: true,
    childName: 'B.',
    name: 'Ouder Testpersoon',
    email: 'ouder.testpersoon@example.nl',
  });

let pastReference = '';
let soonReference = '';

beforeAll(async () => {
  await site.start();
  // A GPO request whose six weeks ended 18 days ago: before the demo's late one (8 days ago).
  pastReference = await complain('gpo', daysAgo(60));
  // A bezwaar whose six weeks end in two days (or the first day after a weekend or holiday).
  soonReference = await complain('bezwaar-tlv', daysAgo(40));
});

afterAll(() => site.stop());

/** Picks an option of a focused select with the arrow keys. */
async function arrowTo(page: Page, select: Locator, value: string) {
  for (let step = 0; step < 10 && (await select.inputValue()) !== value; step++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await select.inputValue()).toBe(value);
}

describe('back office: the inbox by filing deadline', () => {
  it('lists the complaint whose last day came first at the top, with its flag, by keyboard alone', async () => {
    const page = await site.newPage();
    await site.signInAs(page, medewerker(), /\/backoffice\/vragen\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Vragen en meldingen' }));
    const table = page.getByRole('table');
    await visible(table);
    expect(await table.getByRole('columnheader').allTextContents()).toContain('Termijn');

    // Keyboard only: Tab to "Volgorde", choose "Termijn eerst", Tab to the button, Enter.
    const order = page.getByLabel('Volgorde');
    await tabTo(page, order);
    await arrowTo(page, order, 'termijn');
    await tabTo(page, page.getByRole('button', { name: 'Filters toepassen' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]sort=termijn/);
    await visible(table);
    expect(await table.locator('caption').innerText()).toMatch(
      /^Open vragen en meldingen.*termijn eerst/,
    );
    expect(await page.getByLabel('Volgorde').inputValue()).toBe('termijn');

    const rows = table.locator('tbody tr');
    const first = rows.first();
    expect(await first.getByRole('rowheader').innerText()).toBe(pastReference);
    expect(await first.innerText()).toContain('Termijn verlopen');
    // Only cases with a filing deadline, soonest first: the questions are not in this view.
    const references = await rows.getByRole('rowheader').allInnerTexts();
    expect(references.every((reference) => reference.startsWith('K-'))).toBe(true);
    expect(references).toContain(soonReference);
    expect(references.indexOf(soonReference)).toBeGreaterThan(0);
    const soonRow = rows.filter({ hasText: soonReference });
    expect(await soonRow.innerText()).toMatch(/Nog \d+ werkdag|Laatste dag vandaag/);
    // The flag is words in a badge, not colour alone.
    const flag = first.locator('.bo-deadline-flag');
    expect(await flag.innerText()).toBe('Termijn verlopen');
    await expectNoAxeViolations(page, 'inbox, termijn eerst', { lang: 'nl' });

    // "Binnen 10 werkdagen": the bezwaar, and not the past GPO request.
    const deadline = page.getByLabel('Termijn om in te dienen');
    await tabTo(page, deadline);
    await arrowTo(page, deadline, 'binnenkort');
    await tabTo(page, page.getByRole('button', { name: 'Filters toepassen' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]termijn=binnenkort/);
    expect(page.url()).toContain('sort=termijn');
    await visible(page.getByRole('link', { name: soonReference, exact: true }));
    const soonOnly = await page.getByRole('table').innerText();
    expect(soonOnly).not.toContain(pastReference);
    expect(soonOnly).not.toContain('Termijn verlopen');
    await expectNoAxeViolations(page, 'inbox, termijn binnen 10 werkdagen', { lang: 'nl' });

    // The case page shows the last day and its flag; back to the overview keeps the filters.
    await tabTo(page, page.getByRole('link', { name: soonReference, exact: true }));
    await page.keyboard.press('Enter');
    await visible(
      page.getByRole('heading', { level: 1, name: `Klacht of geschil ${soonReference}` }),
    );
    const facts = page.getByRole('main');
    await visible(facts.getByText('Laatste dag om in te dienen'));
    expect(await facts.locator('.bo-deadline-flag').innerText()).toMatch(
      /Nog \d+ werkdag|Laatste dag vandaag/,
    );
    await expectNoAxeViolations(page, 'complaint case page with its flag', { lang: 'nl' });
    await page.close();
  });
});
