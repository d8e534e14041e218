/**
 * The Oudercafé in another language, in real Chromium against the local portal (issue #14):
 * an Arabic-speaking parent finds a meeting on the Arabic agenda, signs up by keyboard with
 * a mistake first (the errors in Arabic, from the catalogs), and gets the confirmation
 * mail in Arabic, right to left, with a link to the Arabic cancel page; a Turkish-speaking
 * parent lands on the waiting list and cancels on the Turkish page. Every page and state
 * in every language the Oudercafé adds is checked with axe.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessages } from '../../functions/core/field-messages.ts';
import { locales, type Locale } from '../../functions/core/locales.ts';
import { meetingMailTexts } from '../../functions/meetings/meeting-mail-texts.ts';
import { signUpMessages } from '../../functions/meetings/meeting-messages.ts';
import { oudercafeTexts } from '../../site/src/components/oudercafe/oudercafe-texts.ts';
import { formKit } from '../../site/src/lib/i18n/form-kit.ts';
import { expectNoAxeViolations, PortalSite, tabTo, visible } from '../support/portal-site.ts';

interface Mail {
  subject: string;
  destination: { to: string[] };
  body: { text?: string; html?: string };
}

const swv = 'po-haarlemmermeer';
const steunpunt = 'amstel-en-meer';
const title = 'Oudercafé in je eigen taal';
const arabic = { name: 'Amal Haddad', email: 'amal.haddad@example.nl' };
const turkish = { name: 'Elif Kaya', email: 'elif.kaya@example.nl' };
const added = ['en', 'ar', 'tr', 'pl', 'uk'] as const;

let meetingId: string;

const amsterdamDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

const site = new PortalSite({ workerIntervalMs: 200 });

beforeAll(async () => {
  await site.start();
  const coordinator = site.userWithRole('coordinator', { steunpunt });
  // One place, so the second parent lands on the waiting list; sooner than the demo meetings.
  const created = await site.api<{ meetings: { id: string }[] }>(
    coordinator.id,
    '/api/backoffice/bijeenkomsten',
    {
      method: 'POST',
      body: {
        title,
        description: 'We praten over school. Er is een tolk.',
        date: amsterdamDay(9),
        startTime: '19:30',
        endTime: '21:00',
        locationKind: 'plaats',
        location: 'Bibliotheek Hoofddorp, Raadhuisplein 1, Hoofddorp',
        capacity: 1,
        audience: 'ouders',
        tenant: swv,
        reminderDays: 2,
        repeatMonthly: 0,
      },
    },
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  meetingId = created.body.meetings[0]!.id;
});

afterAll(() => site.stop());

async function waitForMail(to: string, subject: string): Promise<Mail> {
  for (let attempt = 0; attempt < 100; attempt++) {
    await site.portal.drainMail();
    const found = ((await site.portal.mails()) as unknown as Mail[]).find(
      (m) => m.destination.to.some((address) => address.includes(to)) && m.subject === subject,
    );
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail "${subject}" to ${to}`);
}

const cancelPathIn = (mail: Mail, lang: Locale) =>
  new RegExp(`/${lang}/${swv}/oudercafe/afmelden/\\?code=[^\\s"'<>&]+`).exec(
    mail.body.text ?? '',
  )?.[0];

async function expectLangDir(page: Page, lang: Locale) {
  expect(
    await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
  ).toEqual([lang, locales[lang].dir]);
}

describe('the Oudercafé in Arabic and Turkish', () => {
  it('signs up an Arabic-speaking parent by keyboard, mistake first, and mails her in Arabic', async () => {
    const t = oudercafeTexts.ar;
    const page = await site.newPage();
    await page.goto(`${site.url}/ar/${swv}/oudercafe/`);
    await expectLangDir(page, 'ar');
    const card = page.locator('.meeting-card').filter({
      has: page.getByRole('heading', { name: title, exact: true }),
    });
    await visible(card);
    // Staff typed the title in Dutch: it says so; the rest of the card is Arabic.
    expect(await card.getByRole('heading').getAttribute('lang')).toBe('nl');
    const cardText = await card.innerText();
    expect(cardText).toContain(t.browser.places.onePlace);
    expect(cardText).toContain(t.browser.summary.audiences.ouders);
    expect(cardText).toContain('19:30–21:00');
    expect(cardText).not.toMatch(/[٠-٩]/);
    await expectNoAxeViolations(page, 'Arabic agenda', { lang: 'ar' });

    // To the sign-up page by keyboard.
    const signUpLink = card.getByRole('link', { name: new RegExp(`^${t.browser.list.signUp} – `) });
    await tabTo(page, signUpLink);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ar\/po-haarlemmermeer\/oudercafe\/aanmelden\/\?id=/);
    await page.locator('[data-ready="true"]').waitFor();
    await expectLangDir(page, 'ar');
    await expectNoAxeViolations(page, 'Arabic sign-up form', { lang: 'ar' });

    // First attempt: a broken address and no consent.
    await tabTo(page, page.getByLabel(t.nameLabel, { exact: true }));
    await page.keyboard.type(arabic.name);
    await tabTo(page, page.getByLabel(t.emailLabel, { exact: true }));
    await page.keyboard.type('amal.haddad@');
    const submit = page.getByRole('button', { name: t.submit });
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: formKit.ar.browser.problem });
    await visible(summary);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      fieldMessages.ar.email,
      fieldMessages.ar.consent,
    ]);
    expect(await page.title()).toMatch(new RegExp(`^${formKit.ar.browser.errorPrefix}`));
    await expectNoAxeViolations(page, 'Arabic sign-up form with errors', { lang: 'ar' });

    // Fix it by keyboard: from the summary to the field, then the consent, then send.
    await tabTo(page, summary.getByRole('link', { name: fieldMessages.ar.email }));
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(arabic.email);
    await tabTo(page, page.getByRole('checkbox'));
    await page.keyboard.press('Space');
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    const booked = page.getByRole('heading', {
      level: 1,
      name: t.browser.signUp.confirmedHeading,
    });
    await visible(booked);
    expect(await page.locator('main').innerText()).toContain(arabic.email);
    await expectNoAxeViolations(page, 'Arabic sign-up confirmation', { lang: 'ar' });

    const mail = await waitForMail(
      arabic.email,
      meetingMailTexts.ar.confirmedSubject.replace('{title}', title),
    );
    expect(mail.body.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.body.html).toContain(`<span lang="nl">${title}</span>`);
    expect(cancelPathIn(mail, 'ar')).toBeDefined();
    await page.context().close();
  });

  it('puts a Turkish-speaking parent on the waiting list and lets her cancel in Turkish', async () => {
    const t = oudercafeTexts.tr;
    const page = await site.newPage();
    await page.goto(`${site.url}/tr/${swv}/oudercafe/aanmelden/?id=${meetingId}`);
    await page.locator('[data-ready="true"]').waitFor();
    await expectLangDir(page, 'tr');
    await visible(page.getByText(t.fullNoteStrong));
    await page.getByLabel(t.nameLabel, { exact: true }).fill(turkish.name);
    await page.getByLabel(t.emailLabel, { exact: true }).fill(turkish.email);
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: t.browser.signUp.waitingSubmit }).click();
    await visible(page.getByRole('heading', { level: 1, name: t.browser.signUp.waitingHeading }));
    expect(await page.locator('main').innerText()).toContain(
      t.browser.signUp.waitingNumber.replace('{position}', '1'),
    );
    await expectNoAxeViolations(page, 'Turkish waiting-list confirmation', { lang: 'tr' });

    const mail = await waitForMail(
      turkish.email,
      meetingMailTexts.tr.waitingSubject.replace('{title}', title),
    );
    expect(mail.body.html).toContain('<html lang="tr" dir="ltr">');
    const cancelPath = cancelPathIn(mail, 'tr');
    expect(cancelPath).toBeDefined();

    // The link from the mail opens the Turkish cancel page; opening it cancels nothing.
    await page.goto(`${site.url}${cancelPath!}`);
    await page.locator('[data-ready="true"]').waitFor();
    await expectLangDir(page, 'tr');
    const c = t.browser.cancel;
    expect(await page.locator('main').innerText()).toContain(
      c.onWaitingList.replace('{persons}', c.personOne),
    );
    // Switching language keeps the booking: the switcher's links carry the code.
    const arabicLink = page.getByRole('link', { name: locales.ar.name });
    expect(await arabicLink.getAttribute('href')).toContain(
      '/ar/po-haarlemmermeer/oudercafe/afmelden/?code=',
    );
    await expectNoAxeViolations(page, 'Turkish cancel page', { lang: 'tr' });
    await page.getByRole('button', { name: c.button }).click();
    const done = page.getByRole('heading', { level: 1, name: c.doneHeading });
    await visible(done);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(c.doneHeading);
    await expectNoAxeViolations(page, 'Turkish cancel confirmation', { lang: 'tr' });
    await page.context().close();
  });

  it.each(added)(
    'has no axe violations in %s on the agenda, the form with errors and a wrong link',
    async (lang) => {
      const t = oudercafeTexts[lang];
      const page = await site.newPage();
      await page.goto(`${site.url}/${lang}/${swv}/oudercafe/`);
      await page.locator('[data-meeting-list][data-state]').waitFor();
      await expectLangDir(page, lang);
      await expectNoAxeViolations(page, `${lang} agenda`, { lang });

      await page.goto(`${site.url}/${lang}/${swv}/oudercafe/aanmelden/?id=${meetingId}`);
      await page.locator('[data-ready="true"]').waitFor();
      await expectNoAxeViolations(page, `${lang} sign-up form`, { lang });
      await page.getByRole('button', { name: t.browser.signUp.waitingSubmit }).click();
      const summary = page.getByRole('alert').filter({ hasText: formKit[lang].browser.problem });
      await visible(summary);
      expect(await summary.getByRole('link').first().textContent()).toBe(
        signUpMessages[lang].nameMissing,
      );
      await expectNoAxeViolations(page, `${lang} sign-up form with errors`, { lang });

      await page.goto(`${site.url}/${lang}/${swv}/oudercafe/aanmelden/?id=bestaatniet0000`);
      await page.locator('[data-ready="true"]').waitFor();
      await visible(page.getByRole('heading', { level: 1, name: t.missingHeading }));
      await expectNoAxeViolations(page, `${lang} sign-up for an unknown meeting`, { lang });

      await page.goto(
        `${site.url}/${lang}/${swv}/oudercafe/afmelden/?code=klopt-niet-want-verzonnen-123`,
      );
      await page.locator('[data-ready="true"]').waitFor();
      await visible(page.getByRole('heading', { level: 1, name: t.browser.cancel.wrongHeading }));
      await expectNoAxeViolations(page, `${lang} cancel with an unknown code`, { lang });
      await page.context().close();
    },
  );
});
