/**
 * A steunpunt's own topics in real Chromium against the local portal: the coördinator
 * hides a national topic and adds an own one with the keyboard alone (after a mistake,
 * with the GOV.UK error pattern), the public form of one of the steunpunt's SWVs offers
 * it, a question with it lands in the inbox and is found with the topic filter, and a
 * medewerker reclassifies it on the case page. A medewerker cannot reach the topics page.
 * Every state is checked with axe.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topics as nationalTopics } from '../../functions/core/vocabulary.ts';
import {
  expectNoAxeViolations,
  expectOutcome,
  focusedId,
  knownDemoUser,
  phone,
  PortalSite,
  tabTo,
  visible,
} from '../support/portal-site.ts';

const swv = 'po-haarlemmermeer';
const topicsPath = '/backoffice/onderwerpen/';
const ownTopic = 'Leerlingenvervoer naar school';
const hiddenTopic = nationalTopics['examen-vo'];
const newTopicLabel = 'Nieuw onderwerp (niet verplicht)';
const formTopicLabel = 'Waar gaat je vraag over?';

const coordinator = knownDemoUser('ruud-coordinator');
const medewerker = knownDemoUser('sanne-medewerker');

const site = new PortalSite({ workerIntervalMs: 200 });
beforeAll(() => site.start());
afterAll(() => site.stop());

/** The labels of the public form's topic list, once the island has taken over. */
async function formTopics(page: Page): Promise<string[]> {
  await page.waitForSelector('form[data-ready="true"]');
  return page
    .getByLabel(formTopicLabel)
    .locator('option')
    .allTextContents()
    .then((labels) => labels.slice(1)); // the "Kies een onderwerp" placeholder
}

describe('back office: the coördinator keeps the topics of the steunpunt', () => {
  let reference = '';

  it('hides a national topic and adds an own one with the keyboard alone', async () => {
    const page = await site.newPage();
    await site.signInAs(page, coordinator.name, /\/backoffice\/vragen\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await visible(nav.getByRole('link', { name: 'Onderwerpen' }));
    await tabTo(page, nav.getByRole('link', { name: 'Onderwerpen' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/backoffice\/onderwerpen\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Onderwerpen van het steunpunt' }));
    await visible(page.getByLabel(newTopicLabel));
    expect(await nav.getByRole('link', { name: 'Onderwerpen' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await page.getByRole('main').innerText()).toContain(
      'Je steunpunt heeft nog geen eigen onderwerpen.',
    );
    // "Iets anders" cannot be hidden: it has no checkbox.
    expect(await page.getByRole('checkbox', { name: nationalTopics.anders }).count()).toBe(0);
    await expectNoAxeViolations(page, 'topics', { lang: 'nl' });

    // A name that is too short: the error summary takes focus and leads to the field.
    const newTopic = page.getByLabel(newTopicLabel);
    await tabTo(page, newTopic);
    await page.keyboard.type('ab');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await focusedId(page)).toBe('foutoverzicht');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'De naam is te kort. Gebruik minstens 3 tekens',
    );
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(await newTopic.getAttribute('id'));
    expect(await newTopic.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'topics with an error', { lang: 'nl' });

    // Fixed, and a national topic hidden, all with the keyboard.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(ownTopic);
    const examens = page.getByRole('checkbox', { name: hiddenTopic });
    await page.keyboard.down('Shift');
    await tabTo(page, examens);
    await page.keyboard.up('Shift');
    await page.keyboard.press('Space');
    expect(await examens.isChecked()).toBe(false);
    await tabTo(page, page.getByRole('button', { name: 'Onderwerpen opslaan' }));
    await page.keyboard.press('Enter');
    await expectOutcome(page, `Het onderwerp ‘${ownTopic}’ is toegevoegd.`);
    expect(await summary.count()).toBe(0);
    expect(await page.title()).not.toMatch(/^Fout: /);
    const row = page.getByRole('group', { name: `Eigen onderwerp: ${ownTopic}` });
    await visible(row);
    expect(await row.getByLabel('Naam').inputValue()).toBe(ownTopic);
    expect(await row.getByRole('checkbox', { name: 'Op het formulier' }).isChecked()).toBe(true);
    expect(await newTopic.inputValue()).toBe('');
    await expectNoAxeViolations(page, 'topics saved', { lang: 'nl' });

    // After a reload the page shows what was saved.
    await page.reload();
    await visible(page.getByRole('group', { name: `Eigen onderwerp: ${ownTopic}` }));
    expect(await page.getByRole('checkbox', { name: hiddenTopic }).isChecked()).toBe(false);
  });

  it('the public form of an SWV of the steunpunt offers it, and a question with it is sent', async () => {
    const page = await site.newPage({ viewport: phone });
    await page.goto(`${site.url}/${swv}/vraag/`);
    await expect.poll(() => formTopics(page)).toContain(ownTopic);
    const offered = await formTopics(page);
    expect(offered).not.toContain(hiddenTopic);
    expect(offered.at(-1)).toBe(nationalTopics.anders);
    expect(offered.at(-2)).toBe(ownTopic);

    await page.getByRole('radio', { name: 'Ouder of verzorger' }).check();
    await page.getByLabel(formTopicLabel).selectOption({ label: ownTopic });
    await page
      .getByLabel('Wat is je vraag?')
      .fill('De taxi naar de school van mijn dochter komt steeds te laat. Wie kan helpen?');
    await page.getByRole('radio', { name: 'Basisschool', exact: true }).check();
    await page.getByLabel('In welke gemeente woon je?').selectOption('Haarlemmermeer');
    await page.getByRole('radio', { name: 'Per e-mail' }).check();
    await page.getByLabel('E-mailadres').fill('ouder.vervoer@example.nl');
    await page.getByRole('checkbox', { name: /privacyverklaring/ }).check();
    await page.getByRole('button', { name: 'Verstuur je vraag' }).click();
    const confirmation = page.getByRole('heading', { name: 'Je vraag is verstuurd' });
    await visible(confirmation);
    reference = /V-\d{4}-\d{6}/.exec(await page.locator('main').innerText())?.[0] ?? '';
    expect(reference).toMatch(/^V-\d{4}-\d{6}$/);
  });

  it('keeps the national list on the form when the topics cannot be read', async () => {
    const page = await site.newPage();
    await page.route('**/api/swv/*/onderwerpen', (route) => route.abort());
    await page.goto(`${site.url}/${swv}/vraag/`);
    expect(await formTopics(page)).toEqual(Object.values(nationalTopics));
  });

  it('the question is in the inbox, found with the filter on its topic, and can be reclassified', async () => {
    expect(reference).not.toBe('');
    const page = await site.newPage();
    await site.signInAs(page, medewerker.name, /\/backoffice\/vragen\/$/);
    const filter = page.getByLabel('Onderwerp', { exact: true });
    await expect
      .poll(() => filter.locator('option').allTextContents())
      .toContain(`${hiddenTopic} (niet op het formulier)`);
    await filter.selectOption({ label: ownTopic });
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.waitForURL(/topic=eigen-/);
    const link = page.getByRole('link', { name: reference, exact: true });
    await visible(link);
    expect(await page.getByRole('table').innerText()).toContain(ownTopic);
    expect(await page.getByRole('row').count()).toBe(2); // the header and this question
    await expect.poll(() => filter.inputValue()).toMatch(/^eigen-/);
    await expectNoAxeViolations(page, 'inbox filtered on an own topic', { lang: 'nl' });

    await link.click();
    await visible(page.getByRole('heading', { level: 1, name: `Vraag ${reference}` }));
    const facts = page.getByRole('region', { name: 'Gegevens' });
    await visible(facts.getByText(ownTopic));
    const reclassify = page.getByLabel('Onderwerp van de vraag');
    await expect.poll(() => reclassify.inputValue()).toMatch(/^eigen-/);
    await reclassify.selectOption({ label: nationalTopics.ondersteuning });
    await page.getByRole('button', { name: 'Onderwerp wijzigen' }).click();
    await expectOutcome(page, `Het onderwerp is nu ‘${nationalTopics.ondersteuning}’.`);
    await visible(facts.getByText(nationalTopics.ondersteuning));
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await visible(history.getByText(`Onderwerp: ${nationalTopics.ondersteuning}`));
    await expectNoAxeViolations(page, 'case reclassified', { lang: 'nl' });

    // The inbox filter on the own topic no longer finds it.
    await page.goto(`${site.url}/backoffice/vragen/?status=open&topic=${await ownTopicKey()}`);
    await visible(page.getByText('Er zijn geen vragen of meldingen die bij deze filters passen.'));
  });

  it('shows a medewerker "Geen toegang" and no link to the topics page', async () => {
    const page = await site.newPage();
    await site.signInAs(page, medewerker.name, /\/backoffice\/vragen\/$/);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await visible(nav.getByRole('link', { name: 'Vragen en meldingen' }));
    expect(await nav.getByRole('link').allTextContents()).not.toContain('Onderwerpen');
    await page.goto(`${site.url}${topicsPath}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
    expect(await page.getByLabel(newTopicLabel).count()).toBe(0);
    await expectNoAxeViolations(page, 'topics as a medewerker', { lang: 'nl' });
  });
});

/** The key the API gave the own topic, as the coördinator's API lists it. */
async function ownTopicKey(): Promise<string> {
  const { body } = await site.api<{ topics: { key: string; label: string }[] }>(
    coordinator.id,
    '/api/backoffice/onderwerpen',
  );
  return body.topics.find((topic) => topic.label === ownTopic)!.key;
}
