/**
 * The public forms' check and limits in real Chromium against the local portal: a parent
 * sends a question as always (the proof-of-work solves itself, the honeypot is nowhere to
 * be seen or heard); once this connection has sent too many forms in a minute, the form
 * says so in its error summary, with another way to reach the steunpunt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLimitMaxima } from '../../functions/api/public-limits.ts';
import { limitMessages } from '../../functions/limits/limit-messages.ts';
import { honeypotField, proofHeader } from '../../functions/limits/proof-schema.ts';
import { formProofHeaders } from '../support/form-proof.ts';
import { axeViolations, phone, PortalSite, tabTo } from '../support/portal-site.ts';

const site = new PortalSite({ workerIntervalMs: 200 });

beforeAll(() => site.start());
afterAll(() => site.stop());

const swv = 'po-haarlemmermeer';

async function fillQuestion(page: Awaited<ReturnType<PortalSite['newPage']>>) {
  await page.getByRole('radio', { name: 'Ouder of verzorger' }).check();
  await page.getByLabel('Waar gaat je vraag over?').selectOption('opp');
  await page
    .getByLabel('Wat is je vraag?')
    .fill('Mag de school het OPP van mijn dochter aanpassen zonder gesprek?');
  await page.getByRole('radio', { name: 'Basisschool', exact: true }).check();
  await page.getByLabel('In welke gemeente woon je?').selectOption('Haarlemmermeer');
  await page.getByRole('radio', { name: 'Per e-mail' }).check();
  await page.getByLabel('E-mailadres').fill('ouder.limiet@example.nl');
  await page.getByRole('checkbox', { name: /privacyverklaring/ }).check();
}

/** A question from this test, as the form sends it, from the same connection (127.0.0.1). */
async function postQuestion(): Promise<number> {
  const response = await fetch(`${site.url}/api/swv/${swv}/vragen`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
      ...(await formProofHeaders(site.url)),
    },
    body: JSON.stringify({
      role: 'ouder',
      topic: 'opp',
      question: 'Mag de school het OPP van mijn dochter aanpassen zonder gesprek?',
      schoolType: 'po',
      gemeente: 'Haarlemmermeer',
      contactChannel: 'email',
      email: 'ouder.limiet@example.nl',
      phone: '',
      consent: true,
    }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('the forms check and limits', () => {
  it('sends a question as always: the proof-of-work solves itself, the honeypot stays hidden', async () => {
    const page = await site.newPage({ viewport: phone });
    const proofs: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/vragen')) {
        proofs.push(request.headers()[proofHeader]);
      }
    });
    await page.goto(`${site.url}/${swv}/vraag/`);
    // Hidden from people, assistive technology and the tab order alike.
    const trap = page.locator(`input[name="${honeypotField}"]`);
    expect(await trap.count()).toBe(1);
    expect(await trap.isVisible()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Website' }).count()).toBe(0);

    await fillQuestion(page);
    await tabTo(page, page.getByRole('button', { name: 'Verstuur je vraag' }));
    await page.keyboard.press('Enter');
    const confirmation = page.getByRole('heading', { name: 'Je vraag is verstuurd' });
    await expect.poll(() => confirmation.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(proofs).toHaveLength(1);
    expect(proofs[0]).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a form whose honeypot a script filled in, and says what to do', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/${swv}/vraag/`);
    await fillQuestion(page);
    // What a form-filling script does: it fills in every field it finds in the HTML.
    await page
      .locator(`input[name="${honeypotField}"]`)
      .evaluate((input: HTMLInputElement) => (input.value = 'https://spam.example'));
    await page.getByRole('button', { name: 'Verstuur je vraag' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await expect.poll(() => summary.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await summary.innerText()).toContain(limitMessages.formCheck);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the limit in the error summary, with another way to reach the steunpunt', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/${swv}/vraag/`);
    await fillQuestion(page);

    // Not at the end of a minute: the window must still be the same when the form is sent.
    const secondsLeft = () => 60 - new Date().getSeconds();
    if (secondsLeft() < 20) await new Promise((r) => setTimeout(r, secondsLeft() * 1000 + 500));
    const statuses: number[] = [];
    for (let i = 0; i <= defaultLimitMaxima.submissionsPerMinute; i++)
      statuses.push(await postQuestion());
    expect(statuses).toContain(429);

    await tabTo(page, page.getByRole('button', { name: 'Verstuur je vraag' }));
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await expect.poll(() => summary.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await summary.innerText()).toContain(limitMessages.tooMany);
    expect(limitMessages.tooMany).toContain('0800-5010');
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutoverzicht');
    expect(await axeViolations(page)).toEqual([]);
  });
});
