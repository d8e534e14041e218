/**
 * The Oudercafé in the back office, in real Chromium against the local portal: a
 * coördinator makes a meeting with the keyboard alone (first with mistakes), sees who
 * signed up and who waits, downloads the attendee list (read by a real CSV parser) and
 * cancels the meeting, after which everyone gets a mail; after a meeting has started,
 * staff tick who came; a swv-lezer never reaches a meeting. Every state is checked with axe.
 */
import { readFile } from 'node:fs/promises';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, PortalSite, tabTo, visible } from '../support/portal-site.ts';
import { formProofHeaders } from '../support/form-proof.ts';

const swv = 'po-haarlemmermeer';
const steunpunt = 'amstel-en-meer';

const site = new PortalSite({ workerIntervalMs: 200 });
const coordinator = () => site.userWithRole('coordinator', { steunpunt });
const medewerker = () => site.userWithRole('medewerker', { steunpunt });

/** The date `days` from now as an Amsterdam calendar day (YYYY-MM-DD). */
const amsterdamDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

beforeAll(() => site.start());
afterAll(() => site.stop());

async function createMeeting(title: string, capacity: number): Promise<string> {
  const created = await site.api(coordinator().id, '/api/backoffice/bijeenkomsten', {
    method: 'POST',
    body: {
      title,
      description: 'Een avond om ervaringen te delen met andere ouders.',
      date: amsterdamDay(20),
      startTime: '10:00',
      endTime: '11:30',
      locationKind: 'online',
      onlineUrl: 'https://meet.example.nl/oudercafe',
      capacity,
      audience: 'iedereen',
      tenant: 'alle',
      reminderDays: 0,
      repeatMonthly: 0,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return (created.body.meetings as { id: string }[])[0]!.id;
}

async function signUp(meetingId: string, name: string, email: string, persons = 1) {
  const response = await fetch(
    `${site.url}/api/swv/${swv}/bijeenkomsten/${meetingId}/aanmeldingen`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': crypto.randomUUID(),
        // The form's proof-of-work, as the sign-up page sends it (#13).
        ...(await formProofHeaders(site.url)),
      },
      body: JSON.stringify({ name, email, phone: '', persons, needs: '', consent: true }),
    },
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { status: string; position?: number };
}

/**
 * Types a date into a date input with the keyboard, as a person would: Tab from the field
 * before lands on its first part (day, month or year, in the order of the browser's own
 * language, which the test cannot choose), typing fills the parts in turn.
 */
async function typeDate(page: Page, before: Locator, field: Locator, iso: string) {
  const [year, month, day] = iso.split('-') as [string, string, string];
  for (const parts of [
    [day, month, year],
    [month, day, year],
    [year, month, day],
  ]) {
    await tabTo(page, before);
    await page.keyboard.press('Tab');
    await page.keyboard.type(parts.join(''));
    if ((await field.inputValue()) === iso) return;
  }
  throw new Error(`the date input did not take ${iso}`);
}

/** Types a time with the keyboard: 24-hour, or 12-hour with AM/PM, as the browser shows it. */
async function typeTime(page: Page, field: Locator, time: string) {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const twelve = String(hours % 12 === 0 ? 12 : hours % 12).padStart(2, '0');
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const keys of [
    `${pad(hours)}${pad(minutes)}`,
    `${twelve}${pad(minutes)}${hours < 12 ? 'A' : 'P'}`,
  ]) {
    await tabTo(page, field);
    await page.keyboard.type(keys);
    if ((await field.inputValue()) === time) return;
    // Back to the first part of the field for the next try.
    await tabTo(page, page.getByLabel('Datum', { exact: true }));
  }
  throw new Error(`the time input did not take ${time}`);
}

async function mailCount(to: string): Promise<number> {
  await site.portal.drainMail();
  return (await site.portal.mails()).filter((m) => m.destination.to.some((a) => a.includes(to)))
    .length;
}

async function waitForMailCount(to: string, count: number) {
  await expect.poll(() => mailCount(to), { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
}

/**
 * Moves a meeting into the past in the table itself: the portal has no clock to move, and
 * the API (rightly) refuses to plan a meeting in the past. Every stored moment of the
 * meeting moves back by the same amount.
 */
async function moveIntoPast(meetingId: string) {
  const db = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT, region: 'eu-west-1' }),
  );
  const key = { pk: `MEETING#${meetingId}`, sk: 'MEETING' };
  const { Item: item } = await db.send(
    new GetCommand({ TableName: process.env.TABLE_NAME, Key: key, ConsistentRead: true }),
  );
  expect(item).toBeDefined();
  const shift = new Date(item!.startsAt as string).getTime() - (Date.now() - 2 * 3_600_000);
  const moved = (iso: string) => new Date(new Date(iso).getTime() - shift).toISOString();
  const names: Record<string, string> = {};
  const values: Record<string, string> = {};
  let index = 0;
  for (const [name, value] of Object.entries(item!)) {
    if (name === 'pk' || name === 'sk' || typeof value !== 'string') continue;
    const replaced = value.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, (iso) =>
      name === 'createdAt' ? iso : moved(iso),
    );
    if (replaced === value) continue;
    names[`#n${index}`] = name;
    values[`:v${index}`] = replaced;
    index++;
  }
  await db.send(
    new UpdateCommand({
      TableName: process.env.TABLE_NAME,
      Key: key,
      UpdateExpression: `SET ${Object.keys(names)
        .map((n, i) => `${n} = :v${i}`)
        .join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }),
  );
  db.destroy();
}

describe('Oudercafé in the back office', () => {
  it('a coördinator makes a meeting with the keyboard, follows the sign-ups, exports and cancels it', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await site.signInAs(page, coordinator());
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await tabTo(page, nav.getByRole('link', { name: 'Bijeenkomsten' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/backoffice\/bijeenkomsten\/$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' }));
    // The demo data has meetings of its own.
    await visible(page.getByRole('table', { name: /^Komende bijeenkomsten/ }));
    await expectNoAxeViolations(page, 'meetings list');

    await tabTo(page, page.getByRole('link', { name: 'Nieuwe bijeenkomst' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/backoffice\/bijeenkomst-bewerken\/$/);
    const save = page.getByRole('button', { name: 'Bijeenkomst opslaan' });
    await visible(save);
    await expectNoAxeViolations(page, 'new meeting form');

    // Saved empty: the error summary takes focus and lists the fields in form order.
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await page.title()).toMatch(/^Fout: /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('foutoverzicht');
    const messages = await summary.getByRole('link').allTextContents();
    expect(messages.slice(0, 3)).toEqual([
      'Vul een titel in',
      'Vul een beschrijving in',
      'Vul de datum in',
    ]);
    expect(messages).toContain('Kies voor wie de bijeenkomst is');
    await expectNoAxeViolations(page, 'new meeting form with errors');

    const date = amsterdamDay(30);
    const title = 'Oudercafé: samen sterk na de zomer';
    await tabTo(page, page.getByLabel('Titel'));
    await page.keyboard.type(title);
    await tabTo(page, page.getByLabel('Beschrijving'));
    await page.keyboard.type('We praten over het nieuwe schooljaar en wat je kind nodig heeft.');
    await typeDate(
      page,
      page.getByLabel('Beschrijving'),
      page.getByLabel('Datum', { exact: true }),
      date,
    );
    await typeTime(page, page.getByLabel('Begintijd'), '19:30');
    await typeTime(page, page.getByLabel('Eindtijd'), '21:00');
    await tabTo(page, page.getByRole('radio', { name: 'Op een plek' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel('Adres of plek'));
    await page.keyboard.type('Buurthuis De Linde, Hoofddorp');
    await tabTo(page, page.getByLabel('Aantal plaatsen'));
    await page.keyboard.type('2');
    await tabTo(page, page.getByRole('radio', { name: 'Ouders en verzorgers' }));
    await page.keyboard.press('Space');
    const tenantRadios = page.getByRole('group', { name: 'Voor welk samenwerkingsverband?' });
    await tabTo(page, tenantRadios.getByRole('radio').first());
    await page.keyboard.press('Space');
    const target = tenantRadios.getByRole('radio', { name: /Haarlemmermeer/ });
    for (let step = 0; step < 10 && !(await target.isChecked()); step++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await target.isChecked()).toBe(true);
    await tabTo(page, save);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/backoffice\/bijeenkomst\/\?id=/);
    await visible(page.getByRole('heading', { level: 1, name: title }));
    await visible(page.getByRole('status').filter({ hasText: 'De bijeenkomst is opgeslagen' }));
    await expectNoAxeViolations(page, 'meeting page (new)');
    const meetingId = new URL(page.url()).searchParams.get('id')!;

    // Three parents sign up for two places.
    expect((await signUp(meetingId, 'Sara Bos', 'sara.bos@example.nl')).status).toBe('bevestigd');
    expect((await signUp(meetingId, 'Tim de Boer', 'tim.deboer@example.nl')).status).toBe(
      'bevestigd',
    );
    expect(await signUp(meetingId, 'Noor Visser', 'noor.visser@example.nl')).toMatchObject({
      status: 'wachtlijst',
      position: 1,
    });
    await page.reload();
    const confirmed = page.getByRole('table', { name: /^Aangemeld/ });
    await visible(confirmed);
    expect(await confirmed.locator('caption').innerText()).toBe('Aangemeld (2 personen)');
    expect(await confirmed.locator('tbody th').allTextContents()).toEqual(
      expect.arrayContaining(['Sara Bos', 'Tim de Boer']),
    );
    const waiting = page.getByRole('table', { name: /^Wachtlijst/ });
    expect(await waiting.locator('tbody tr').first().innerText()).toMatch(/^1\s+Noor Visser/);
    // Attendance is only for a meeting that has started.
    expect(await confirmed.getByRole('checkbox').count()).toBe(0);
    await expectNoAxeViolations(page, 'meeting page with attendees');

    // The attendee list as a file, read by a CSV parser the way Dutch Excel reads it.
    const downloading = page.waitForEvent('download');
    await tabTo(page, page.getByRole('button', { name: 'Download deelnemerslijst (CSV)' }));
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^deelnemers-.*\.csv$/);
    const file = await readFile((await download.path())!);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(file, { bom: true, delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0]!)).toEqual([
      'Naam',
      'E-mail',
      'Telefoon',
      'Aantal personen',
      'Wensen',
      'Status',
      'Plek op wachtlijst',
      'Aangemeld op',
      'Aanwezig',
    ]);
    expect(rows.map((row) => row.Naam).sort()).toEqual(['Noor Visser', 'Sara Bos', 'Tim de Boer']);
    expect(rows.find((row) => row.Naam === 'Noor Visser')!['Plek op wachtlijst']).toBe('1');
    await visible(page.getByRole('status').filter({ hasText: 'De deelnemerslijst is gedownload' }));

    // The list shows the meeting with its places.
    await page.goto(`${site.url}/backoffice/bijeenkomsten/`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
    await visible(row);
    expect(await row.innerText()).toContain('2 van 2');
    await row.getByRole('link', { name: title }).click();
    await visible(page.getByRole('heading', { level: 1, name: title }));

    // Changing it: the form comes filled in; fewer places than are taken is refused, more
    // places move the waiting parent up (with a mail).
    const noorMails = await mailCount('noor.visser');
    await page.getByRole('link', { name: 'Bijeenkomst wijzigen' }).click();
    await visible(page.getByRole('heading', { level: 1, name: `${title} wijzigen` }));
    expect(await page.getByLabel('Titel').inputValue()).toBe(title);
    expect(await page.getByLabel('Datum', { exact: true }).inputValue()).toBe(date);
    expect(await page.getByLabel('Begintijd').inputValue()).toBe('19:30');
    expect(await page.getByRole('radio', { name: /Haarlemmermeer/ }).isChecked()).toBe(true);
    expect(await page.getByLabel(/Herhaal maandelijks/).count()).toBe(0);
    await expectNoAxeViolations(page, 'edit meeting form');
    await page.getByLabel('Aantal plaatsen').fill('1');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const editSummary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(editSummary);
    expect(await editSummary.getByRole('link').count()).toBe(1);
    await editSummary.getByRole('link').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByLabel('Aantal plaatsen').getAttribute('id'),
    );
    await expectNoAxeViolations(page, 'edit meeting form with an error');
    await page.getByLabel('Aantal plaatsen').fill('3');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }));
    const nowConfirmed = page.getByRole('table', { name: /^Aangemeld/ });
    expect(await nowConfirmed.locator('caption').innerText()).toBe('Aangemeld (3 personen)');
    await visible(page.getByText('Er staat niemand op de wachtlijst.'));
    await waitForMailCount('noor.visser', noorMails + 1);

    // Cancelling asks first; then everyone who signed up or waits gets a mail.
    const before = await Promise.all(
      ['sara.bos', 'tim.deboer', 'noor.visser'].map((who) => mailCount(who)),
    );
    await tabTo(page, page.getByRole('button', { name: 'Bijeenkomst annuleren' }));
    await page.keyboard.press('Enter');
    const question = page.getByRole('heading', { name: 'Bijeenkomst annuleren?' });
    await visible(question);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Bijeenkomst annuleren?',
    );
    await expectNoAxeViolations(page, 'cancel confirmation');
    await tabTo(page, page.getByLabel('Reden (niet verplicht)'));
    await page.keyboard.type('De spreker is ziek.');
    await tabTo(page, page.getByRole('button', { name: 'Ja, annuleer de bijeenkomst' }));
    await page.keyboard.press('Enter');
    await visible(page.getByRole('status').filter({ hasText: 'De bijeenkomst is geannuleerd' }));
    await expectNoAxeViolations(page, 'cancelled meeting');
    expect(await page.getByRole('button', { name: 'Bijeenkomst annuleren' }).count()).toBe(0);
    for (const [index, who] of ['sara.bos', 'tim.deboer', 'noor.visser'].entries()) {
      await waitForMailCount(who, before[index]! + 1);
    }
    const publicView = await fetch(`${site.url}/api/swv/${swv}/bijeenkomsten/${meetingId}`);
    if (publicView.status === 200) {
      expect(((await publicView.json()) as { state: string }).state).toBe('geannuleerd');
    } else {
      expect(publicView.status).toBe(404);
    }
  });

  it('a medewerker ticks who came once the meeting has started', async () => {
    const title = 'Jongerencafé (aanwezigheid)';
    const meetingId = await createMeeting(title, 5);
    await signUp(meetingId, 'Daan Smit', 'daan.smit@example.nl', 2);
    await signUp(meetingId, 'Eva Mulder', 'eva.mulder@example.nl');
    await moveIntoPast(meetingId);

    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await site.signInAs(page, medewerker());
    await page.goto(`${site.url}/backoffice/bijeenkomsten/?periode=voorbij`);
    const link = page.getByRole('link', { name: title });
    await visible(link);
    await expectNoAxeViolations(page, 'past meetings');
    await link.click();
    const came = page.getByRole('checkbox', { name: 'Daan Smit was aanwezig' });
    await visible(came);
    expect(await came.isChecked()).toBe(false);
    await tabTo(page, came);
    await page.keyboard.press('Space');
    await visible(
      page.getByRole('status').filter({ hasText: 'Opgeslagen: Daan Smit was aanwezig.' }),
    );
    await expectNoAxeViolations(page, 'meeting page with attendance');

    await page.reload();
    await visible(page.getByRole('checkbox', { name: 'Daan Smit was aanwezig' }));
    expect(await page.getByRole('checkbox', { name: 'Daan Smit was aanwezig' }).isChecked()).toBe(
      true,
    );
    expect(await page.getByRole('checkbox', { name: 'Eva Mulder was aanwezig' }).isChecked()).toBe(
      false,
    );
    const detail = await site.api(medewerker().id, `/api/backoffice/bijeenkomsten/${meetingId}`);
    const attendees = detail.body.attendees as { name: string; attended?: boolean }[];
    expect(attendees.find((a) => a.name === 'Daan Smit')?.attended).toBe(true);
  });

  it('a coördinator sets how long attendee data is kept after a meeting', async () => {
    const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
    await site.signInAs(page, coordinator());
    await page.goto(`${site.url}/backoffice/instellingen/`);
    const field = page.getByLabel('Gegevens van deelnemers bewaren (dagen na de bijeenkomst)');
    await visible(field);
    expect(await field.inputValue()).toBe('30');
    await field.fill('0');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
    await visible(summary);
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Kies minstens 1 dag']);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'settings with a wrong meeting term');
    await field.fill('14');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'De instellingen zijn opgeslagen' }));
    const saved = await site.api(coordinator().id, '/api/backoffice/settings');
    expect(saved.body.meetingRetentionDays).toBe(14);
    await page.reload();
    await visible(field);
    await expect.poll(() => field.inputValue()).toBe('14');
  });

  it('a swv-lezer and a beheerder reach no meeting page', async () => {
    const meetingId = await createMeeting('Oudercafé (geen toegang)', 5);
    for (const who of [site.userWithRole('swv-lezer', { swv }), site.userWithRole('beheerder')]) {
      const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
      await site.signInAs(page, who);
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(await nav.getByRole('link', { name: 'Bijeenkomsten' }).count()).toBe(0);
      for (const path of [
        '/backoffice/bijeenkomsten/',
        `/backoffice/bijeenkomst/?id=${meetingId}`,
        `/backoffice/bijeenkomst-bewerken/?id=${meetingId}`,
        '/backoffice/bijeenkomst-bewerken/',
      ]) {
        await page.goto(`${site.url}${path}`);
        await visible(page.getByRole('heading', { level: 1, name: 'Geen toegang' }));
        expect(await page.title()).toBe('Geen toegang – Backoffice');
        await expectNoAxeViolations(page, `${path} as ${who.role}`);
      }
      const direct = await site.api(who.id, `/api/backoffice/bijeenkomsten/${meetingId}`);
      expect(direct.status).toBe(403);
      await page.context().close();
    }
  });
});
