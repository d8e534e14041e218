/**
 * "Stel je vraag" in Arabic and in Turkish, in real Chromium against the local portal
 * (issue #14), with the keyboard alone: a mistake first (the error summary in the page's
 * language takes focus), then fixed and sent; the confirmation and the mail in the
 * language, Arabic right to left; axe finds nothing in any state. The texts asserted come
 * from the catalogs, and differ from the Dutch ones.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionOwnMessages } from '../../functions/cases/intakes/question-messages.ts';
import { questionMailTexts } from '../../functions/cases/intakes/question-mail-texts.ts';
import { fieldMessages, fill } from '../../functions/core/field-messages.ts';
import { localeCodes, locales, type Locale } from '../../functions/core/locales.ts';
import { vocabularyLabels } from '../../functions/core/vocabulary-labels.ts';
import { questionLimits } from '../../functions/core/vocabulary.ts';
import { formKit } from '../../site/src/lib/i18n/form-kit.ts';
import { questionForm } from '../../site/src/lib/i18n/question-form.ts';
import { expectNoAxeViolations, phone, PortalSite, tabTo } from '../support/portal-site.ts';

const site = new PortalSite({ workerIntervalMs: 200 });
beforeAll(() => site.start());
afterAll(() => site.stop());

const slug = 'vo-midden-kennemerland';

async function waitForMail(reference: string, to: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const mail = (await site.portal.mails()).find(
      (m) => m.subject.includes(reference) && m.destination.to.includes(to),
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail about ${reference} to ${to}`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.closest('#foutoverzicht, h1')?.textContent ?? active?.textContent ?? '';
  });

async function askIn(lang: Locale, email: string) {
  const t = questionForm[lang];
  const kit = formKit[lang];
  const labels = vocabularyLabels[lang];
  const path = `/${lang}/${slug}/vraag/`;
  const page = await site.newPage({ viewport: phone });
  await page.goto(`${site.url}${path}`);
  expect(
    await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
  ).toEqual([lang, locales[lang].dir]);
  expect(await page.locator('[data-translation="unchecked"]').count()).toBe(1);
  // The switcher lists every language the form is in: all of them.
  expect(await page.locator('.language-nav li').count()).toBe(localeCodes.length);
  await expect.poll(() => page.locator('form[data-ready="true"]').count()).toBe(1);
  await expectNoAxeViolations(page, `${path} (empty)`, { lang });

  // A first try with the keyboard alone: a question that is too short, no consent.
  await tabTo(page, page.getByRole('radio', { name: labels.roles.ouder }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel(t.topicLabel));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByLabel(t.questionLabel));
  await page.keyboard.type('?');
  await tabTo(page, page.getByRole('radio', { name: labels.schoolTypes.po, exact: true }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel(t.gemeenteLabel));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('radio', { name: labels.contactChannels.email }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('textbox', { name: kit.emailLabel }));
  await page.keyboard.type(email);
  await tabTo(page, page.getByRole('checkbox', { name: /tolk/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: t.submit }));
  await page.keyboard.press('Enter');

  const summary = page.getByRole('alert').filter({ hasText: kit.browser.problem });
  await expect.poll(() => summary.isVisible(), { timeout: 5000 }).toBe(true);
  const tooShort = fill(questionOwnMessages[lang].questionTooShort, {
    min: questionLimits.textMin,
  });
  expect(await summary.getByRole('link').allTextContents()).toEqual([
    tooShort,
    fieldMessages[lang].consent,
  ]);
  expect(tooShort).not.toBe(fill(questionOwnMessages.nl.questionTooShort, { min: 10 }));
  expect(await focused(page)).toContain(kit.browser.problem);
  expect(await page.title()).toMatch(new RegExp(`^${kit.browser.errorPrefix}`));
  await expectNoAxeViolations(page, `${path} (errors)`, { lang });

  // Fixed with the keyboard: the summary's link leads to the field.
  await tabTo(page, summary.getByRole('link', { name: tooShort }));
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('vraag-question');
  await page.keyboard.type(' Okulda yardım almak için ne yapmalıyım? مساعدة');
  await tabTo(page, page.getByRole('checkbox', { name: kit.consentLabel }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: t.submit }));
  await page.keyboard.press('Enter');

  const confirmation = page.getByRole('heading', { name: t.browser.sent });
  await expect.poll(() => confirmation.isVisible(), { timeout: 10_000 }).toBe(true);
  expect(await focused(page)).toBe(t.browser.sent);
  const text = await page.locator('main').innerText();
  const reference = /V-\d{4}-\d{6}/.exec(text)?.[0];
  expect(reference).toBeDefined();
  expect(text).toContain(t.browser.whatNext);
  expect(text).not.toContain(questionForm.nl.browser.whatNext);
  expect(await page.evaluate(() => document.documentElement.dir)).toBe(locales[lang].dir);
  await expectNoAxeViolations(page, `${path} (sent)`, { lang });

  const mail = await waitForMail(reference!, email);
  expect(mail.subject).toBe(fill(questionMailTexts[lang].subject, { reference: reference! }));
  expect(mail.body.text).toContain(questionMailTexts[lang].tolk);
  expect(mail.body.html).toContain(`<html lang="${lang}" dir="${locales[lang].dir}">`);
  await page.context().close();
}

describe('asking a question in another language', () => {
  it('in Arabic, right to left, with the keyboard alone', async () => {
    await askIn('ar', 'ouder.ar@example.nl');
  });

  it('in Turkish, with the keyboard alone', async () => {
    await askIn('tr', 'ouder.tr@example.nl');
  });

  it('opens in English, Polish and Ukrainian with its own texts and no axe violation', async () => {
    for (const lang of ['en', 'pl', 'uk'] as const) {
      const page = await site.newPage({ viewport: phone });
      const path = `/${lang}/${slug}/vraag/`;
      await page.goto(`${site.url}${path}`);
      await expect.poll(() => page.locator('form[data-ready="true"]').count()).toBe(1);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        questionForm[lang].title,
      );
      expect(await page.locator('[data-translation="unchecked"]').count()).toBe(1);
      await expectNoAxeViolations(page, path, { lang });
      await page.context().close();
    }
  });

  it('lists the form in every language on the Dutch page, and links it from the translated home', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/${slug}/vraag/`);
    const links = page.getByRole('navigation', { name: 'Taal' }).getByRole('link');
    expect(await links.count()).toBe(localeCodes.length - 1);
    expect(await links.first().getAttribute('href')).toBe(`/en/${slug}/vraag/`);
    await page.goto(`${site.url}/tr/${slug}/`);
    const ask = page.locator('.cta a');
    expect(await ask.getAttribute('href')).toBe(`/tr/${slug}/vraag/`);
    await page.context().close();
  });
});
