/**
 * The beheerder in real Chromium against the local portal: the organisations, an account
 * made with a mistake first (the GOV.UK error pattern) and then right, that account signing
 * in straight away and landing in its steunpunt's inbox, and switching it off again. By
 * keyboard where people fill in forms; every state checked with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../scripts/local/demo-users.ts';
import { expectNoAxeViolations, PortalSite, tabTo, visible } from '../support/portal-site.ts';

const site = new PortalSite({ workerIntervalMs: 200 });
const beheerder = demoUser('ingrid-beheerder')!;

beforeAll(() => site.start());
afterAll(() => site.stop());

describe('back office: the beheerder keeps organisations and accounts', () => {
  it('shows the steunpunten with their SWVs', async () => {
    const page = await site.newPage();
    await site.signInAs(page, beheerder.name, /\/backoffice\/beheer\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Organisaties' }));
    const amstel = page.getByRole('region', { name: 'Steunpunt Amstel & Meer' });
    await visible(amstel);
    expect(await amstel.innerText()).toContain('Haarlemmermeer');
    await expectNoAxeViolations(page, 'organisaties');
    await page.context().close();
  });

  it('makes an account by keyboard, which signs in at once, and switches it off', async () => {
    const page = await site.newPage();
    await site.signInAs(page, beheerder.name, /\/backoffice\/beheer\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Gebruikers' }).click();
    await page.waitForURL(/\/backoffice\/gebruikers\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Gebruikers' }));
    await visible(page.getByRole('cell', { name: 'sanne.bakker@amstel-en-meer.example' }));
    await expectNoAxeViolations(page, 'gebruikers');

    // By keyboard: name and role, but no steunpunt yet.
    const name = page.getByLabel('Naam', { exact: true });
    await tabTo(page, name);
    await page.keyboard.type('Mila de Wit');
    await page.keyboard.press('Tab');
    await page.keyboard.type('mila.dewit@amstel-en-meer.example');
    await page.keyboard.press('Tab');
    await page.getByLabel('Rol').selectOption('medewerker');
    await tabTo(page, page.getByRole('button', { name: 'Account maken' }));
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Kies het steunpunt']);
    await expectNoAxeViolations(page, 'gebruikers with an error');

    // The link in the summary takes the keyboard to the field.
    await summary.getByRole('link', { name: 'Kies het steunpunt' }).focus();
    await page.keyboard.press('Enter');
    const steunpunt = page.getByLabel('Steunpunt', { exact: true });
    expect(await steunpunt.evaluate((el) => el === document.activeElement)).toBe(true);
    await steunpunt.selectOption({ label: 'Steunpunt Amstel & Meer' });
    await tabTo(page, page.getByRole('button', { name: 'Account maken' }));
    await page.keyboard.press('Enter');
    await visible(
      page.getByRole('status').filter({ hasText: 'Het account van Mila de Wit is gemaakt.' }),
    );
    await visible(page.getByRole('row', { name: /Mila de Wit/ }));
    expect(await page.title()).not.toMatch(/^Fout: /);
    await expectNoAxeViolations(page, 'gebruikers, account made');
    await page.context().close();

    // Mila signs in straight away, and works for her steunpunt.
    const mila = await site.newPage();
    await site.signInAs(mila, 'Mila de Wit', /\/backoffice\/vragen\/$/);
    await visible(mila.getByText('Steunpunt Amstel & Meer').first());
    await mila.context().close();

    // Switched off, she is no longer offered on the sign-in page.
    const again = await site.newPage();
    await site.signInAs(again, beheerder.name, /\/backoffice\/beheer\/$/);
    await again.goto(`${site.url}/backoffice/gebruikers/`);
    await again.getByRole('button', { name: 'Zet uit Mila de Wit' }).click();
    await visible(
      again.getByRole('status').filter({ hasText: 'Mila de Wit kan niet meer inloggen.' }),
    );
    const users = (await (await fetch(`${site.url}/lokaal/idp/gebruikers`)).json()) as {
      users: { name: string }[];
    };
    expect(users.users.map((u) => u.name)).not.toContain('Mila de Wit');
    expect(users.users.map((u) => u.name)).toContain('Sanne Bakker');

    // The beheer log says who did it.
    await again
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Logboek' })
      .click();
    await again.waitForURL(/\/backoffice\/beheer-logboek\/$/);
    const log = again.getByRole('table');
    await visible(log.getByRole('row', { name: /Account uitgezet.*Mila de Wit/ }));
    await visible(log.getByRole('row', { name: /Account gemaakt.*Mila de Wit \(Medewerker\)/ }));
    expect(await log.innerText()).toContain('Ingrid Mulder');
    await expectNoAxeViolations(again, 'beheer-logboek');
    await again.context().close();
  });

  it('keeps a medewerker out of beheer', async () => {
    const page = await site.newPage();
    await site.signInAs(page, 'Sanne Bakker', /\/backoffice\/vragen\/$/);
    await page.goto(`${site.url}/backoffice/gebruikers/`);
    await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
    // The page is for beheerders: coördinatoren cannot open it either.
    expect(await page.getByRole('main').innerText()).toContain(
      'Deze pagina is alleen voor beheerders van het portaal.',
    );
    expect(await page.getByRole('cell').count()).toBe(0);
    await page.context().close();
  });
});
