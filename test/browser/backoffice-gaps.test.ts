/**
 * What a steunpunt still has to fill in, in real Chromium against the local portal. The
 * local steunpunten have no e-mail address (content/ names none; only Amstel & Meer gets a
 * demo contact from the seed), so for VO Noord-Kennemerland's steunpunt: a medewerker sees
 * before sending that a parent's answer would arrive nowhere, and cannot send a template
 * that asks the parent to reply; the beheerder finds those steunpunten first on "Nog in te
 * vullen" and counted on the beheer home; a coördinator sees their own steunpunt with the
 * content's open questions. Every state checked with axe, the table also at 320 px.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noReplyAddressMessage } from '../../functions/cases/templates-input.ts';
import type { SteunpuntGaps } from '../../functions/admin/steunpunt-gaps.ts';
import { expectNoAxeViolations, PortalSite, visible } from '../support/portal-site.ts';

const swv = 'vo-noord-kennemerland';
const steunpunt = 'vo-noord-kennemerland';

const site = new PortalSite({ workerIntervalMs: 200 });
const medewerker = () => site.userWithRole('medewerker', { steunpunt });
// The demo's only coördinator works for Amstel & Meer, whose demo contact is filled in.
const coordinator = () => site.userWithRole('coordinator', { steunpunt: 'amstel-en-meer' });
const beheerder = () => site.userWithRole('beheerder', {});

beforeAll(() => site.start());
afterAll(() => site.stop());

async function gapsOf(userId: string, path: string) {
  const { status, body } = await site.api<{ steunpunten: SteunpuntGaps[] }>(userId, path);
  expect(status).toBe(200);
  return body.steunpunten;
}

/** The words of the page's table cells that a line break cuts in two. */
function brokenWords(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('table th, table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          // A word on one line has one box; a hyphenated word may wrap at its hyphen.
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > match[0].split('-').length) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

describe('a steunpunt without a reply address', () => {
  it('warns the medewerker before sending, and refuses a template that asks for a reply', async () => {
    const all = await gapsOf(beheerder().id, '/api/backoffice/beheer/nog-in-te-vullen');
    expect(all.find((gaps) => gaps.id === steunpunt)).toMatchObject({ hasReplyAddress: false });

    const reference = await site.askQuestion(swv, {
      name: 'Noor de Vries',
      email: 'noor.devries@example.nl',
      schoolType: 'vo',
      gemeente: 'Alkmaar',
      question: 'Mijn zoon zit thuis sinds de herfstvakantie. Wat kan ik doen?',
    });
    const page = await site.newPage();
    await site.signInAs(page, medewerker());
    await page.goto(`${site.url}/backoffice/vragen/`);
    const link = page.getByRole('link', { name: reference, exact: true });
    await visible(link);
    await link.click();
    await visible(page.getByRole('heading', { level: 1, name: `Vraag ${reference}` }));

    // Before anything is written: the warning names the problem and who can mend it.
    const warning = page.getByText('Het steunpunt heeft nog geen e-mailadres.');
    await visible(warning);
    expect(await warning.innerText()).toMatch(/komt die reactie nergens aan/);
    expect(await warning.innerText()).toMatch(
      /De coördinator vult het e-mailadres in bij Contactgegevens/,
    );
    await expectNoAxeViolations(page, 'case page, steunpunt without address', { lang: 'nl' });

    // "Eerste reactie" ends with "Beantwoord dan deze e-mail."
    await page.getByLabel('Sjabloon', { exact: true }).selectOption({ label: 'Eerste reactie' });
    await page.getByRole('button', { name: 'Sjabloon gebruiken' }).click();
    const body = page.getByLabel('Bericht');
    await expect.poll(() => body.inputValue()).toContain('Beantwoord dan deze e-mail.');
    const answer = 'Je kunt de leerplichtambtenaar van je gemeente om hulp vragen.';
    await body.fill((await body.inputValue()).replace('[Schrijf hier je antwoord.]', answer));
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.getByRole('link').allTextContents()).toEqual([noReplyAddressMessage]);
    expect(noReplyAddressMessage).toMatch(/e-mailadres van het steunpunt in te vullen/);
    expect(await page.title()).toMatch(/^Fout: /);
    await expectNoAxeViolations(page, 'case page, reply refused', { lang: 'nl' });

    // Nothing went out, and the case still waits for its first answer.
    await site.portal.drainMail();
    const mails = await site.portal.mails();
    expect(mails.filter((m) => m.destination.to.includes('noor.devries@example.nl'))).toHaveLength(
      1, // the confirmation of the question only
    );
    const found = await site.api<{ items: { status: string }[] }>(
      medewerker().id,
      `/api/backoffice/cases/by-reference?ref=${reference}`,
    );
    expect(found.body.items[0]?.status).toBe('nieuw');
    await page.context().close();
  });
});

describe('Nog in te vullen', () => {
  it('shows the beheerder the urgent steunpunten first, and counts them on the beheer home', async () => {
    const all = await gapsOf(beheerder().id, '/api/backoffice/beheer/nog-in-te-vullen');
    const urgent = all.filter((s) => s.urgent);
    expect(urgent.length).toBeGreaterThan(0);

    const page = await site.newPage();
    await site.signInAs(page, beheerder(), /\/backoffice\/beheer\/$/);
    const notice = page.getByText(
      urgent.length === 1
        ? '1 steunpunt heeft geen antwoordadres of geen actieve medewerker.'
        : `${urgent.length} steunpunten hebben geen antwoordadres of geen actieve medewerker.`,
    );
    await visible(notice);
    await expectNoAxeViolations(page, 'organisaties with urgent steunpunten', { lang: 'nl' });

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Nog in te vullen' })
      .click();
    await page.waitForURL(/\/backoffice\/nog-in-te-vullen\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Nog in te vullen' }));
    const table = page.getByRole('table', { name: 'Contactgegevens en accounts per steunpunt' });
    await visible(table);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(all.length);
    // Urgent ones on top, each saying so in words, not only in colour.
    for (const [index, gaps] of all.entries()) {
      const row = rows.nth(index);
      expect(await row.getByRole('rowheader').innerText()).toContain(gaps.name);
      expect(await row.getByText('Dringend').count()).toBe(gaps.urgent ? 1 : 0);
      if (!gaps.hasReplyAddress) await visible(row.getByText('Geen antwoordadres'));
    }
    // The content's open questions, with the public page they belong to.
    const question = page.getByText(
      'Telefoonnummer en e-mailadres van het Oudersteunpunt, en wanneer het bereikbaar is.',
    );
    await visible(question);
    expect(
      await page
        .getByRole('link', { name: 'Het Oudersteunpunt', exact: true })
        .getAttribute('href'),
    ).toBe('/ppo-noord-kennemerland/oudersteunpunt/');
    await visible(page.getByRole('heading', { level: 3, name: 'Landelijk' }));
    await expectNoAxeViolations(page, 'nog in te vullen (beheerder)', { lang: 'nl' });

    // On a 320 px phone the table still reads: no word cut in two, the page not wider.
    await page.setViewportSize({ width: 320, height: 640 });
    await visible(table);
    expect(await brokenWords(page)).toEqual([]);
    // Stacked, not scrolled sideways: the whole table fits the screen.
    expect(await table.evaluate((t) => t.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectNoAxeViolations(page, 'nog in te vullen at 320 px', { lang: 'nl' });
    await page.context().close();
  });

  it('shows a coördinator their own steunpunt only, with its open questions', async () => {
    const page = await site.newPage();
    await site.signInAs(page, coordinator());
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Nog in te vullen' })
      .click();
    await page.waitForURL(/\/backoffice\/nog-in-te-vullen\/$/);
    const table = page.getByRole('table', { name: 'Contactgegevens en accounts per steunpunt' });
    await visible(table);
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await table.getByRole('rowheader').innerText()).toContain('Steunpunt Amstel & Meer');
    await visible(
      page.getByText('Telefoonnummer, bereikbare tijden en adres van Steunpunt Amstel & Meer.'),
    );
    const main = await page.getByRole('main').innerText();
    expect(main).not.toContain('Oudersteunpunt');
    expect(main).not.toContain('Landelijk');
    await expectNoAxeViolations(page, 'nog in te vullen (coördinator)', { lang: 'nl' });
    await page.context().close();
  });

  it('is not for a medewerker', async () => {
    const page = await site.newPage();
    await site.signInAs(page, medewerker());
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await visible(nav);
    expect(await nav.getByRole('link', { name: 'Nog in te vullen' }).count()).toBe(0);
    await page.goto(`${site.url}/backoffice/nog-in-te-vullen/`);
    await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
    await expectNoAxeViolations(page, 'nog in te vullen (medewerker)', { lang: 'nl' });
    await page.context().close();
  });
});
