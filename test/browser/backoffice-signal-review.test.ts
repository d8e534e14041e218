/**
 * The four-eyes review of signal texts in real Chromium against the local portal: a
 * medewerker tags two signals; the coördinator finds them under "Signalen beoordelen",
 * sees the warning about personal data as he edits, approves one with the keyboard alone,
 * adds a later text of the same month and category to it, and rejects the other, until
 * nothing waits. A medewerker cannot reach the page. Every
 * state is checked with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectOutcome,
  focusedId,
  knownDemoUser,
  PortalSite,
  tabTo,
  visible,
} from '../support/portal-site.ts';

const swv = 'po-haarlemmermeer';
const reviewPath = `/backoffice/signalen/?swv=${swv}`;
const coordinator = knownDemoUser('ruud-coordinator');
const medewerker = knownDemoUser('sanne-medewerker');

const site = new PortalSite({ workerIntervalMs: 200 });
beforeAll(async () => {
  await site.start();
  // The demo's own proposals (scripts/local/demo-signals.ts) are rejected first, so the
  // page shows only this test's.
  const { body } = await site.api<{ pending: { proposalId: string }[] }>(
    coordinator.id,
    `/api/backoffice/signalen/${swv}`,
  );
  expect(body.pending.length).toBeGreaterThan(0);
  for (const { proposalId } of body.pending) {
    const rejected = await site.api(
      coordinator.id,
      `/api/backoffice/signalen/${swv}/${proposalId}/afwijzen`,
      { method: 'POST', body: {} },
    );
    expect(rejected.status).toBe(200);
  }
});
afterAll(() => site.stop());

/** A new question in the SWV, tagged by the medewerker as a signal with this text. */
async function taggedSignal(text: string, category: string) {
  const reference = await site.askQuestion(swv, {
    question: 'Mijn kind heeft al maanden geen plek op een school.',
    name: 'Ouder Test',
    email: 'ouder@example.nl',
  });
  const found = await site.api<{ items: { caseId: string; tenant: string }[] }>(
    medewerker.id,
    `/api/backoffice/cases/by-reference?ref=${reference}`,
  );
  expect(found.status).toBe(200);
  const { caseId } = found.body.items[0]!;
  const tagged = await site.api(medewerker.id, `/api/backoffice/cases/${swv}/${caseId}/signal`, {
    method: 'POST',
    body: { hasSignal: true, category, text },
  });
  expect(tagged.status).toBe(200);
}

describe('back office: the coördinator reviews signal texts', () => {
  it('approves an edited text after the warning, and rejects another, by keyboard', async () => {
    await taggedSignal('Kinderen wachten maanden op een plek in het so', 'wachttijden');
    await taggedSignal('Ouders vinden de informatie over de TLV niet', 'informatie');

    const page = await site.newPage();
    await site.signInAs(page, coordinator.name, /\/backoffice\/vragen\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await visible(nav.getByRole('link', { name: 'Signalen beoordelen' }));
    await page.goto(`${site.url}${reviewPath}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Signalen beoordelen' }));
    const first = page.getByRole('region', { name: /Signaal \d+: Wachttijden/ });
    await visible(first);
    // Only the text, its category and month: no reference of the case.
    expect(await page.getByRole('main').innerText()).not.toMatch(/V-\d{4}-\d{6}/);
    await expectNoAxeViolations(page, 'signals pending', { lang: 'nl' });

    // The coördinator types a phone number: the warning names it before approval.
    const text = first.getByLabel('Tekst voor het samenwerkingsverband');
    await tabTo(page, text);
    await page.keyboard.press('End');
    await page.keyboard.type(' Bel 06-12345678.');
    const warning = first.getByText('deze tekst lijkt persoonsgegevens te bevatten', {
      exact: false,
    });
    await visible(warning);
    expect(await first.innerText()).toContain('Telefoonnummer: “06-12345678”');
    await expectNoAxeViolations(page, 'signal with a warning', { lang: 'nl' });

    // Approving without confirming: the error summary leads to the confirmation.
    const approve = first.getByRole('button', { name: /goedkeuren$/ });
    await tabTo(page, approve);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await focusedId(page)).toBe('foutoverzicht');
    await expectNoAxeViolations(page, 'signal warning not confirmed', { lang: 'nl' });

    // The number goes again, and the text is approved.
    await tabTo(page, text);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Kinderen wachten maanden op een plek in het speciaal onderwijs');
    expect(await warning.count()).toBe(0);
    await tabTo(page, approve);
    await page.keyboard.press('Enter');
    await expectOutcome(page, /is goedgekeurd/);
    await visible(
      page.getByText('Kinderen wachten maanden op een plek in het speciaal onderwijs', {
        exact: false,
      }),
    );
    await expectNoAxeViolations(page, 'signal approved', { lang: 'nl' });

    // A new text of the same month and category can stand behind the approved one.
    await taggedSignal('Weer een kind dat thuis wacht op het so', 'wachttijden');
    await page.reload();
    const third = page.getByRole('region', { name: /Signaal \d+: Wachttijden/ });
    await visible(third);
    const withApproved = third.getByRole('radio', { name: /Bij een goedgekeurd signaal/ });
    await tabTo(page, third.getByRole('radio', { name: /Als nieuw signaal/ }));
    await page.keyboard.press('ArrowDown');
    expect(await withApproved.isChecked()).toBe(true);
    const chosen = third.getByLabel('Goedgekeurd signaal', { exact: true });
    await tabTo(page, chosen);
    await chosen.selectOption({
      label: 'Kinderen wachten maanden op een plek in het speciaal onderwijs',
    });
    await expectNoAxeViolations(page, 'signal added to an approved one', { lang: 'nl' });
    await tabTo(page, third.getByRole('button', { name: /goedkeuren$/ }));
    await page.keyboard.press('Enter');
    await expectOutcome(page, /is goedgekeurd/);
    await expect.poll(() => third.count()).toBe(0);

    // The other one is rejected; then nothing waits.
    const second = page.getByRole('region', { name: /Signaal \d+: Informatie/ });
    await tabTo(page, second.getByRole('button', { name: /afwijzen$/ }));
    await page.keyboard.press('Enter');
    await expectOutcome(page, /is afgewezen/);
    await expect.poll(() => page.getByRole('region', { name: /^Signaal \d+:/ }).count()).toBe(0);
    expect(await page.getByRole('main').innerText()).toContain(
      'Er wachten geen signalen op beoordeling',
    );
    expect(await page.getByRole('main').innerText()).not.toContain('informatie over de TLV niet');
    await expectNoAxeViolations(page, 'no signals pending', { lang: 'nl' });
  });

  it('is not for a medewerker', async () => {
    const page = await site.newPage();
    await site.signInAs(page, medewerker.name, /\/backoffice\/vragen\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.getByRole('link', { name: 'Signalen beoordelen' }).count()).toBe(0);
    await page.goto(`${site.url}${reviewPath}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
    await expectNoAxeViolations(page, 'signals as medewerker', { lang: 'nl' });
  });
});
