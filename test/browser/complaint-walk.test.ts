/**
 * Issue #11's story from end to end, in real Chromium against the local portal (dynalite,
 * local SES, the mail worker): a parent who got a TLV refusal six weeks ago starts on the
 * SWV's home, finds the bezwaar route in the chooser, enters the date of the decision and
 * reads the exact last day, asks the steunpunt for help through the intake (route and
 * date carried over), gets the confirmation and the mail, and opens a draft letter. Then a
 * medewerker of that steunpunt signs in, puts the inbox in deadline order, finds this case
 * at the top with its flag, and opens the same draft letter to hand to the parent.
 * The detailed checks per page (errors, keyboard, axe per state) are in
 * complaint-intake.test.ts, route-chooser.test.ts, backoffice-deadlines.test.ts and
 * letter-draft.test.ts; this test proves the pieces join up.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filingDeadline, isoDay, parseIsoDay } from '../../functions/core/filing-deadlines.ts';
import { amsterdamToday } from '../../functions/cases/intakes/complaint-schema.ts';
import { calendarDay, longDate } from '../../functions/lib/dutch-dates.ts';
import { expectNoAxeViolations, phone, PortalSite, visible } from '../support/portal-site.ts';

const site = new PortalSite({ workerIntervalMs: 200 });
const slug = 'po-haarlemmermeer';
const email = 'ouder.bezwaar@example.nl';
const whatHappened =
  'Het samenwerkingsverband geeft mijn dochter geen TLV voor het speciaal basisonderwijs.';

// Decided 41 days ago: the six weeks end tomorrow, or on the first working day after a
// weekend or holiday. That is sooner than any demo complaint still in time.
const decided = amsterdamToday(new Date(Date.now() - 41 * 86_400_000));
const lastDay = filingDeadline('bezwaar', parseIsoDay(decided)!).lastDay;
const lastDayInWords = longDate(calendarDay(isoDay(lastDay)));

beforeAll(() => site.start());
afterAll(() => site.stop());

async function goOn(page: Page, next: string) {
  await page.getByRole('button', { name: 'Ga verder' }).click();
  await page.waitForURL(`**/${slug}/klacht/${next}`);
  await page.waitForSelector('form[data-ready="true"]');
}

async function mailWith(reference: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const mail = (await site.portal.mails()).find(
      (m) => m.subject.includes(reference) && m.destination.to.includes(email),
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail with ${reference}`);
}

describe('a TLV refusal, from the chooser to the medewerker', () => {
  it('keeps the last day from the first click to the top of the inbox and the draft letter', async () => {
    // The parent, on a phone.
    const parent = await site.newPage({ viewport: phone });
    await parent.goto(`${site.url}/${slug}/`);
    await parent.getByRole('link', { name: 'Klacht of geschil: welke weg past?' }).click();
    await parent
      .getByRole('link', {
        name: /besluit van het samenwerkingsverband over een toelaatbaarheidsverklaring/,
      })
      .click();
    await visible(parent.getByRole('heading', { level: 1 }));
    expect(await parent.getByRole('heading', { level: 1 }).textContent()).toMatch(/[Bb]ezwaar/);

    // The last day, computed at once from the date of the decision.
    await parent.getByLabel('Wanneer kreeg je het besluit?').fill(decided);
    const result = parent.locator('[data-deadline-result]');
    await expect.poll(() => result.textContent()).toContain(`Je laatste dag is ${lastDayInWords}.`);
    await expectNoAxeViolations(parent, 'bezwaar outcome with the last day', { lang: 'nl' });

    // Ask for help: the route and the date go along.
    await parent.getByRole('link', { name: 'Vraag het steunpunt om hulp bij deze route' }).click();
    await parent.waitForURL(`**/${slug}/klacht/?route=bezwaar-tlv&datum=${decided}`);
    await parent.getByRole('link', { name: 'Begin' }).click();
    await parent.waitForSelector('form[data-ready="true"]');
    await parent.getByRole('radio', { name: 'Ouder of verzorger' }).check();
    await goOn(parent, 'route/');
    expect(
      await parent
        .getByRole('radio', { name: 'Bezwaar maken tegen het besluit over de TLV' })
        .isChecked(),
    ).toBe(true);
    await goOn(parent, 'over-wie/');
    await parent.getByRole('textbox', { name: /Naam van de school/ }).fill('Samenwerkingsverband');
    await goOn(parent, 'datum/');
    // The date came from the chooser; the last day shows without typing it again.
    await expect
      .poll(() => parent.locator('[data-complaint-deadline]').textContent())
      .toContain(`Je laatste dag is ${lastDayInWords}.`);
    await goOn(parent, 'wat-er-gebeurde/');
    await parent.getByRole('textbox', { name: 'Wat is er gebeurd?' }).fill(whatHappened);
    await goOn(parent, 'gesproken/');
    await goOn(parent, 'uitkomst/');
    await parent
      .getByRole('textbox', { name: 'Wat wil je bereiken?' })
      .fill('Dat ze toch naar het sbo mag.');
    await goOn(parent, 'hulp-bij-brief/');
    await parent.getByRole('checkbox', { name: /hulp bij het schrijven/ }).check();
    await goOn(parent, 'kind/');
    await goOn(parent, 'contact/');
    await parent.getByRole('radio', { name: 'Per e-mail' }).check();
    await parent.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
    await goOn(parent, 'toestemming/');
    await parent.getByRole('checkbox', { name: /privacyverklaring/ }).check();
    await goOn(parent, 'controleer/');
    await parent.getByRole('button', { name: 'Verstuur je vraag om hulp' }).click();

    await visible(parent.getByRole('heading', { name: 'Je vraag om hulp is verstuurd' }));
    const confirmation = await parent.locator('main').innerText();
    const reference = /K-\d{4}-\d{6}/.exec(confirmation)?.[0];
    if (!reference) throw new Error('no reference on the confirmation');
    expect(confirmation).toContain(`Je laatste dag is ${lastDayInWords}.`);

    const mail = await mailWith(reference);
    expect(mail.body.text).toContain(lastDayInWords);

    // The parent's own draft letter, from the answers in this tab.
    await parent.getByRole('link', { name: 'Maak een conceptbrief' }).click();
    const parentSheet = parent.locator('.letter-sheet');
    await expect.poll(() => parentSheet.textContent()).toContain(whatHappened);
    expect(await parentSheet.textContent()).toContain('Handtekening');
    await parent.close();

    // The medewerker: deadline order puts this case first among those still in time.
    const medewerker = site.userWithRole('medewerker', { steunpunt: 'amstel-en-meer' });
    const page = await site.newPage();
    await site.signInAs(page, medewerker, /\/backoffice\/vragen\/$/);
    await page.getByLabel('Volgorde').selectOption('termijn');
    await page.getByLabel('Termijn om in te dienen').selectOption('binnenkort');
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.waitForURL(/[?&]sort=termijn/);
    const first = page.getByRole('table').locator('tbody tr').first();
    await visible(first);
    expect(await first.getByRole('rowheader').innerText()).toBe(reference);
    expect(await first.innerText()).toMatch(/Nog \d+ werkdag|Laatste dag vandaag/);

    await first.getByRole('link', { name: reference, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Klacht of geschil ${reference}` }));
    expect(await page.getByRole('main').innerText()).toContain('Laatste dag om in te dienen');

    await page.getByRole('link', { name: 'Conceptbrief' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `Conceptbrief ${reference}` }));
    expect(await page.locator('.letter-sheet').textContent()).toContain(whatHappened);
    await page.close();
  });
});
