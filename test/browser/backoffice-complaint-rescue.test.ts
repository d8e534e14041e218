/**
 * A complaint about the steunpunt whose person left without handing it on, in real
 * Chromium against the local portal: the coördinator finds it in the inbox, the case page
 * says why they see it, they take it with the keyboard and then hold it alone (its reply
 * form saying that no address for such complaints is set); a medewerker never reaches it. Every state is checked with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../functions/admin/accounts.ts';
import type { CaseDetail, CaseSummary } from '../../functions/cases/case.ts';
import type { SteunpuntSettings } from '../../functions/cases/settings.ts';
import {
  expectNoAxeViolations,
  expectOutcome,
  knownDemoUser,
  PortalSite,
  tabTo,
  visible,
} from '../support/portal-site.ts';

const swv = 'po-haarlemmermeer';
const coordinator = knownDemoUser('ruud-coordinator');
const medewerker = knownDemoUser('sanne-medewerker');
const beheerder = knownDemoUser('ingrid-beheerder');

const site = new PortalSite({ workerIntervalMs: 200 });
beforeAll(() => site.start());
afterAll(() => site.stop());

describe('back office: a complaint about the steunpunt whose person left', () => {
  it('is the coördinator’s to find and take, with the reason on the case page', async () => {
    // Vera gets an account, signs in (so she is in the staff directory) and is named.
    const made = await site.api<Account>(beheerder.id, '/api/backoffice/beheer/gebruikers', {
      method: 'POST',
      body: {
        name: 'Vera Vertrek',
        email: 'vera.vertrek@amstel-en-meer.example',
        role: 'medewerker',
        steunpunt: 'amstel-en-meer',
      },
    });
    expect(made.status).toBe(201);
    const vera = made.body.userId;
    expect((await site.api(vera, '/api/backoffice/me')).status).toBe(200);
    const settings = await site.api<SteunpuntSettings>(coordinator.id, '/api/backoffice/settings');
    const named = await site.api<SteunpuntSettings>(coordinator.id, '/api/backoffice/settings', {
      method: 'PUT',
      body: {
        responseDays: settings.body.responseDays,
        retentionMonths: settings.body.retentionMonths,
        complaintsHandler: vera,
        version: settings.body.version,
      },
    });
    expect(named.status).toBe(200);

    // A parent's complaint about the steunpunt: Vera's alone.
    const reference = await site.complain(swv, {
      role: 'ouder',
      route: 'klacht-over-steunpunt',
      about: 'Het steunpunt',
      whatHappened: 'Niemand belde mij terug.',
      outcomeWanted: 'Een gesprek met iemand anders.',
      wantsLetterHelp: false,
      name: 'Lotte Smit',
      contactChannel: 'email',
      email: 'lotte.smit@example.nl',
      phone: '',
      reminder: false,
      consent: true,
    });
    const find = `/api/backoffice/cases/by-reference?ref=${reference}`;
    const found = await site.api<{ items: CaseSummary[] }>(vera, find);
    expect(found.status).toBe(200);
    const caseId = found.body.items[0]!.caseId;
    expect((await site.api(coordinator.id, find)).status).toBe(404);

    // She leaves without handing it on: switched off by the beheerder.
    const off = await site.api(beheerder.id, `/api/backoffice/beheer/gebruikers/${vera}/actief`, {
      method: 'PUT',
      body: { enabled: false },
    });
    expect(off.status).toBe(200);

    // The coördinator finds it in the inbox; the medewerker does not.
    const inbox = (user: string) =>
      site.api<{ items: CaseSummary[] }>(user, '/api/backoffice/cases?status=open&limit=100');
    expect((await inbox(coordinator.id)).body.items.map((item) => item.caseId)).toContain(caseId);
    expect((await inbox(medewerker.id)).body.items.map((item) => item.caseId)).not.toContain(
      caseId,
    );
    expect((await site.api(medewerker.id, find)).status).toBe(404);
    const detailPath = `/api/backoffice/cases/${swv}/${encodeURIComponent(caseId)}`;
    expect((await site.api(medewerker.id, detailPath)).status).toBe(404);

    // The case page says why Ruud sees it.
    const casePath = `/backoffice/vraag/?swv=${swv}&id=${encodeURIComponent(caseId)}`;
    const page = await site.newPage();
    await site.signInAs(page, coordinator, /\/backoffice\/vragen\/$/);
    await page.goto(`${site.url}${casePath}`);
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(reference) }));
    const main = page.getByRole('main');
    expect(await main.innerText()).toContain(
      'Die werkt niet meer bij het steunpunt en gaf het dossier niet door. Daarom zien de coördinatoren het nu.',
    );
    await expectNoAxeViolations(page, 'a complaint whose person left', { lang: 'nl' });

    // He takes it with the keyboard: now it is his alone, and the page says so.
    await tabTo(page, page.getByRole('button', { name: /^Neem deze / }));
    await page.keyboard.press('Enter');
    await expectOutcome(page, 'aan jou toegewezen');
    await visible(main.getByText('Alleen jij ziet dit dossier.'));
    expect(await main.innerText()).not.toContain('Daarom zien de coördinatoren het nu.');
    // No address for such complaints yet: the reply form says an answer is not read.
    expect(await main.innerText()).toContain(
      'Voor klachten over het steunpunt is nog geen e-mailadres gekozen.',
    );
    await expectNoAxeViolations(page, 'a complaint whose person left, taken', { lang: 'nl' });
    const taken = await site.api<CaseDetail>(coordinator.id, detailPath);
    expect(taken.body).toMatchObject({ restricted: 'person', assignee: coordinator.id });
    expect((await site.api(medewerker.id, detailPath)).status).toBe(404);
  });
});
