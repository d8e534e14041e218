/**
 * "Hulp bij een klacht of geschil" in real Chromium against the local portal (dynalite,
 * local SES, the mail worker): a parent goes by keyboard alone from the chooser's bezwaar
 * outcome to the intake with the route filled in, meets one mistake on each kind of page
 * (an empty choice, text and box, an impossible date, a date in the future), sees the last
 * day at once, changes an answer from the check page, sends (a lost answer and a retry make
 * one case), reads the confirmation and finds the mail. Axe checks every page and every
 * error state. Without JavaScript each page says how to reach the steunpunt instead.
 * Needs a built site: `npm run build:site`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintForm } from '../../site/src/components/complaint/complaint-pages.ts';
import { errorId } from '../../site/src/components/form/field-ids.ts';
import { draftStorageKey } from '../../site/src/components/form/form-pages-core.ts';
import { letterStorageKey } from '../../site/src/lib/complaint-letter-handoff.ts';
import {
  expectNoAxeViolations,
  phone,
  PortalSite,
  tabTo,
  visible,
} from '../support/portal-site.ts';

const site = new PortalSite({ workerIntervalMs: 200 });
const slug = 'po-haarlemmermeer';
const base = `/${slug}/klacht`;
const email = 'ouder.klacht@example.nl';

beforeAll(() => site.start());
afterAll(() => site.stop());

const pathOf = (page: Page) => new URL(page.url()).pathname;
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** Tab to the page's button and press Enter, then wait for the next page (if one). */
async function goOn(page: Page, next?: string, button = 'Ga verder') {
  await tabTo(page, page.getByRole('button', { name: button }));
  await page.keyboard.press('Enter');
  if (next) {
    await page.waitForURL(`**${base}/${next}`);
    await page.waitForSelector('form[data-ready="true"]');
  }
}

/** Presses the button on an empty or wrong page and reads the error summary's lines. */
async function errorsAfterSubmit(page: Page, button = 'Ga verder') {
  await goOn(page, undefined, button);
  const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
  await visible(summary);
  expect(await page.title()).toMatch(/^Fout: /);
  return summary.locator('li').allTextContents();
}

/** Tab to a text field and type into it, as a keyboard user does (replacing what is there). */
async function typeInto(page: Page, name: string | RegExp, text: string) {
  const field = page.getByRole('textbox', { name, exact: typeof name === 'string' });
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

async function waitForMails(reference: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const mails = (await site.portal.mails()).filter(
      (m) => m.subject.includes(reference) && m.destination.to.includes(email),
    );
    if (mails.length > 0) return mails;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail with ${reference} to ${email}`);
}

describe('hulp bij een klacht of geschil', () => {
  it('takes a parent by keyboard from the chooser through every page to the confirmation and the mail', async () => {
    const page = await site.newPage({ viewport: phone, locale: 'nl-NL' });
    await page.goto(`${site.url}/${slug}/klacht-of-geschil/tlv/`);
    await tabTo(
      page,
      page.getByRole('link', { name: 'Vraag het steunpunt om hulp bij deze route' }),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${base}/?route=bezwaar-tlv`);
    expect(await heading(page)).toBe('Hulp bij een klacht of geschil');
    await expectNoAxeViolations(page, 'start page', { lang: 'nl' });

    await tabTo(page, page.getByRole('link', { name: 'Begin' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${base}/wie/`);
    await page.waitForSelector('form[data-ready="true"]');
    await expectNoAxeViolations(page, 'wie');
    // An empty choice.
    expect(await errorsAfterSubmit(page)).toEqual(['Kies wie om hulp vraagt']);
    await expectNoAxeViolations(page, 'wie (error)');
    await tabTo(page, page.getByRole('radio', { name: 'Ouder of verzorger' }));
    await page.keyboard.press('Space');
    await goOn(page, 'route/');

    // The chooser's route is chosen already; the parent may change it.
    expect(
      await page
        .getByRole('radio', { name: 'Bezwaar maken tegen het besluit over de TLV' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole('radio', { name: 'Weet ik niet' }).isChecked()).toBe(false);
    await expectNoAxeViolations(page, 'route');
    await goOn(page, 'over-wie/');

    // An empty text box.
    await expectNoAxeViolations(page, 'over-wie');
    expect(await errorsAfterSubmit(page)).toEqual([
      'Schrijf op over welke school, welk schoolbestuur of welke organisatie het gaat',
    ]);
    await expectNoAxeViolations(page, 'over-wie (error)');
    await typeInto(page, /Naam van de school/, 'Samenwerkingsverband PO Haarlemmermeer');
    await goOn(page, 'datum/');

    // A date that does not exist, then one in the future, then the real one.
    await expectNoAxeViolations(page, 'datum');
    await typeInto(page, 'Dag', '31');
    await typeInto(page, 'Maand', '2');
    await typeInto(page, 'Jaar', '2025');
    expect(await errorsAfterSubmit(page)).toEqual(['Vul een bestaande datum in, zoals 17-04-2025']);
    await expectNoAxeViolations(page, 'datum (no such date)');
    await typeInto(page, 'Dag', '17');
    await typeInto(page, 'Maand', '4');
    await typeInto(page, 'Jaar', String(new Date().getFullYear() + 2));
    expect(await errorsAfterSubmit(page)).toEqual(['De datum kan niet in de toekomst liggen']);
    await expectNoAxeViolations(page, 'datum (future)');
    await typeInto(page, 'Jaar', '2025');
    // The last day appears at once, read out politely, as on the chooser's outcome page.
    const deadline = page.locator('[data-complaint-deadline]');
    expect(await deadline.getAttribute('aria-live')).toBe('polite');
    await expect
      .poll(() => deadline.textContent())
      .toContain('Je laatste dag is maandag 2 juni 2025.');
    await expectNoAxeViolations(page, 'datum (with the last day)');
    await goOn(page, 'wat-er-gebeurde/');

    // An empty text area.
    expect(await errorsAfterSubmit(page)).toEqual(['Schrijf kort op wat er is gebeurd']);
    await expectNoAxeViolations(page, 'wat-er-gebeurde (error)');
    const happened =
      'Het samenwerkingsverband wil geen TLV geven voor het speciaal basisonderwijs.';
    await typeInto(page, 'Wat is er gebeurd?', happened);
    await goOn(page, 'gesproken/');

    await expectNoAxeViolations(page, 'gesproken');
    await typeInto(page, /Met wie heb je er al over gepraat/, 'De intern begeleider van school.');
    await goOn(page, 'uitkomst/');

    await expectNoAxeViolations(page, 'uitkomst');
    await typeInto(page, 'Wat wil je bereiken?', 'Dat mijn zoon toch naar het sbo mag.');
    await goOn(page, 'hulp-bij-brief/');

    await expectNoAxeViolations(page, 'hulp-bij-brief');
    await tabTo(page, page.getByRole('checkbox', { name: /hulp bij het schrijven/ }));
    await page.keyboard.press('Space');
    await goOn(page, 'kind/');

    await expectNoAxeViolations(page, 'kind');
    expect(await page.getByText('Vul nooit een burgerservicenummer').isVisible()).toBe(true);
    await typeInto(page, /Voornaam of voorletters/, 'S.');
    await goOn(page, 'contact/');

    // An address that is not one.
    await expectNoAxeViolations(page, 'contact');
    await typeInto(page, 'Je naam (niet verplicht)', 'Sanne de Vries');
    await tabTo(page, page.getByRole('radio', { name: 'Per e-mail' }));
    await page.keyboard.press('Space');
    // Contact per e-mail without an address: the check across fields speaks on this page,
    // in its error summary and at the field, not only on the check page.
    expect(await errorsAfterSubmit(page)).toEqual([
      'Vul je e-mailadres in, want je wilt contact per e-mail',
    ]);
    expect(pathOf(page)).toBe(`${base}/contact/`);
    const emailBox = page.getByRole('textbox', { name: 'E-mailadres', exact: true });
    expect(await emailBox.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${errorId('email')}`).textContent()).toBe(
      'Fout: Vul je e-mailadres in, want je wilt contact per e-mail',
    );
    expect(await emailBox.getAttribute('aria-describedby')).toContain(errorId('email'));
    await expectNoAxeViolations(page, 'contact (no address for the channel)');
    await typeInto(page, 'E-mailadres', 'ouder.klacht@');
    expect(await errorsAfterSubmit(page)).toEqual([
      'Vul een e-mailadres in zoals naam@voorbeeld.nl',
    ]);
    await expectNoAxeViolations(page, 'contact (error)');
    await typeInto(page, 'E-mailadres', email);
    // A bezwaar with a date has a last day, so a reminder is offered.
    const reminder = page.getByRole('checkbox', { name: /herinnering/ });
    expect(await reminder.isVisible()).toBe(true);
    await tabTo(page, reminder);
    await page.keyboard.press('Space');
    await goOn(page, 'toestemming/');

    // An empty checkbox that must be ticked.
    expect(await errorsAfterSubmit(page)).toEqual([
      'Geef aan dat je de privacyverklaring hebt gelezen',
    ]);
    await expectNoAxeViolations(page, 'toestemming (error)');
    await tabTo(page, page.getByRole('checkbox', { name: /privacyverklaring/ }));
    await page.keyboard.press('Space');
    await goOn(page, 'controleer/');

    const answers = page.locator('[data-answers]');
    await visible(answers.getByText('17 april 2025'));
    const answerText = await answers.innerText();
    for (const shown of [
      'Ouder of verzorger',
      'Bezwaar maken tegen het besluit over de TLV',
      'Samenwerkingsverband PO Haarlemmermeer',
      happened,
      'Dat mijn zoon toch naar het sbo mag.',
      email,
    ]) {
      expect(answerText).toContain(shown);
    }
    await expectNoAxeViolations(page, 'controleer');

    // "Wijzig" opens the page with the field focused, and goes back to the summary.
    await tabTo(page, page.getByRole('link', { name: 'Wijzig wat je wilt bereiken' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${base}/uitkomst/?terug=1#vraag-outcomeWanted`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('vraag-outcomeWanted');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Dat het samenwerkingsverband opnieuw naar de TLV kijkt.');
    await goOn(page, 'controleer/');
    await visible(answers.getByText('Dat het samenwerkingsverband opnieuw naar de TLV kijkt.'));

    // The first answer gets lost on the way back: the case is made, the page hears nothing.
    let posts = 0;
    await page.route('**/api/swv/*/klachten', async (route) => {
      posts++;
      if (posts === 1) {
        await route.fetch();
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    expect(await errorsAfterSubmit(page, 'Verstuur je vraag om hulp')).toEqual([
      'Het versturen is niet gelukt. Probeer het over een paar minuten opnieuw.',
    ]);
    await expectNoAxeViolations(page, 'controleer (not sent)');
    await goOn(page, undefined, 'Verstuur je vraag om hulp');

    const confirmation = page.getByRole('heading', { name: 'Je vraag om hulp is verstuurd' });
    await visible(confirmation);
    expect(posts).toBe(2);
    const text = await page.locator('main').innerText();
    const reference = /K-\d{4}-\d{6}/.exec(text)?.[0];
    expect(reference).toBeDefined();
    expect(text).toContain('Je laatste dag is maandag 2 juni 2025.');
    expect(text).toMatch(/Je krijgt uiterlijk op \S+ \d+ \S+ \d{4} een reactie\./);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Je vraag om hulp is verstuurd',
    );
    // A bezwaar gets a draft letter: the answers wait in this tab for the letter page.
    const letter = page.getByRole('link', { name: 'Maak een conceptbrief' });
    expect(await letter.getAttribute('href')).toBe(`${base}/brief/`);
    const kept = await page.evaluate(
      (key) => JSON.parse(sessionStorage.getItem(key) ?? 'null') as { reference: string } | null,
      letterStorageKey(slug),
    );
    expect(kept?.reference).toBe(reference);
    await expectNoAxeViolations(page, 'confirmation');

    const [mail] = await waitForMails(reference!);
    expect(mail!.body.text).toContain(reference!);
    expect(mail!.body.text).toContain('maandag 2 juni 2025');

    // A refresh after sending starts a new, empty form: nothing is sent again.
    await page.reload();
    await page.waitForURL(`**${base}/wie/`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await waitForMails(reference!)).toHaveLength(1);
    expect(
      (await site.portal.mails()).filter((m) => m.destination.to.includes(email)),
    ).toHaveLength(1);
  });

  it('starts the date page with the date the chooser passed on', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}${base}/?route=gpo&datum=2025-04-17`);
    await page.waitForSelector('[data-complaint-start]');
    await page.goto(`${site.url}${base}/datum/`);
    await page.waitForSelector('form[data-ready="true"]');
    expect(await page.getByLabel('Dag').inputValue()).toBe('17');
    expect(await page.getByLabel('Maand').inputValue()).toBe('4');
    expect(await page.getByLabel('Jaar').inputValue()).toBe('2025');
    await expect
      .poll(() => page.locator('[data-complaint-deadline]').textContent())
      .toContain('Je laatste dag is donderdag 29 mei 2025.');
  });

  it('offers the reminder only when the route has a last day and a date is given', async () => {
    const page = await site.newPage({ viewport: phone });
    const reminder = page.getByRole('checkbox', { name: /herinnering/ });
    await page.goto(`${site.url}${base}/?route=schorsing&datum=2025-04-17`);
    await page.waitForSelector('[data-complaint-start]');
    await page.goto(`${site.url}${base}/contact/`);
    await page.waitForSelector('form[data-ready="true"]');
    expect(await reminder.isVisible()).toBe(false);
    await page.goto(`${site.url}${base}/?route=klacht&datum=2025-04-17`);
    await page.waitForSelector('[data-complaint-start]');
    await page.goto(`${site.url}${base}/contact/`);
    await page.waitForSelector('form[data-ready="true"]');
    expect(await reminder.isVisible()).toBe(true);
  });

  it('leaves the reminder off the check page when it was not asked', async () => {
    const page = await site.newPage({ viewport: phone });
    const answers = {
      role: 'ouder',
      route: 'schorsing',
      about: 'De school van mijn dochter',
      decisionDate: '2025-04-17',
      whatHappened: 'Mijn dochter is drie dagen geschorst.',
      spokenWith: '',
      outcomeWanted: 'Dat de school met ons praat.',
      wantsLetterHelp: false,
      childName: '',
      name: '',
      contactChannel: 'email',
      email,
      phone: '',
      // Kept from when the route was a bezwaar; a schorsing has no last day to remind of.
      reminder: true,
      consent: true,
    };
    const rowsFor = async (route: string) => {
      await page.goto(`${site.url}${base}/`);
      await page.evaluate(
        ([key, values]) => sessionStorage.setItem(key, JSON.stringify({ values })),
        [draftStorageKey(complaintForm, slug), { ...answers, route }] as const,
      );
      await page.goto(`${site.url}${base}/controleer/`);
      await page.waitForSelector('form[data-ready="true"]');
      return page.locator('[data-answers] dt').allTextContents();
    };
    const schorsing = await rowsFor('schorsing');
    expect(schorsing).toContain('Route');
    expect(schorsing).not.toContain('Herinnering voor de termijn');
    expect(await rowsFor('bezwaar-tlv')).toContain('Herinnering voor de termijn');
  });

  it('says how to reach the steunpunt when JavaScript is off', async () => {
    const page = await site.newPage({ viewport: phone, javaScriptEnabled: false });
    for (const path of [`${base}/`, `${base}/wie/`, `${base}/controleer/`]) {
      await page.goto(`${site.url}${path}`);
      const panel = page.locator('.noscript-panel');
      expect(await panel.isVisible(), path).toBe(true);
      expect(await panel.innerText()).toContain('0800-5010');
      expect(await panel.getByRole('link', { name: /keuzehulp/ }).getAttribute('href')).toBe(
        `/${slug}/klacht-of-geschil/`,
      );
      expect(
        await page
          .locator('form')
          .first()
          .isVisible()
          .catch(() => false),
        path,
      ).toBe(false);
    }
    expect(pathOf(page)).toBe(`${base}/controleer/`);
  });
});
