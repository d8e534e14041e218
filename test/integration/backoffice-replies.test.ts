/**
 * Replies that must not reach a parent as they are: with a template's instruction still in
 * them, or asking for an answer by e-mail while the steunpunt has no address to receive it.
 */
import { randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tenantKey } from '../../functions/tenants/tenant-store.ts';
import { startHarness, type Harness, type User } from '../support/api-harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  // Steunpunt Elders (swv-x) has not filled in its e-mail address, as on a fresh install.
  await h.aws.db.send(
    new UpdateCommand({
      TableName: h.aws.tableName,
      Key: tenantKey('swv-x'),
      UpdateExpression: 'REMOVE steunpuntEmail',
    }),
  );
});
afterAll(() => h.stop());
beforeEach(async () => {
  h.setNow('2026-11-24T09:30:00Z');
  await h.drainMail();
  await fetch(`${h.aws.localSes.endpoint}/clear-store`, { method: 'POST' });
});

const reply = (user: User, tenant: string, caseId: string, body: unknown) =>
  h.call(user, 'POST', `/backoffice/cases/${tenant}/${caseId}/replies`, body);

/** The replies the local SES sent to one address (not the confirmation), after the worker ran. */
async function repliesTo(email: string) {
  await h.drainMail();
  return (await h.aws.localSes.mails()).filter(
    (m) => m.destination.to.includes(email) && m.subject.startsWith('Ons antwoord'),
  );
}

/** The case is as it arrived: no reply, no mail, no first answer. */
async function expectUntouched(tenant: string, caseId: string) {
  const item = await h.item(tenant, caseId);
  expect(item.version).toBe(1);
  // Only the confirmation of the question is there.
  expect(Object.keys((item.mails ?? {}) as object).filter((id) => id.startsWith('reply-'))).toEqual(
    [],
  );
  expect(item).not.toHaveProperty('firstResponseAt');
  expect(item.status).toBe('nieuw');
}

const templateText =
  'Hallo {naam},\n\nBedankt voor je vraag.\n\n[Schrijf hier je antwoord.]\n\nMet vriendelijke groet,\n{medewerker}';

describe('a reply that still holds template text', () => {
  it('is refused in Dutch on the text field, stores nothing, sends nothing and is no first answer', async () => {
    const email = `ouder-${randomUUID()}@example.nl`;
    const { caseId } = await h.ask(h.tenants.a, { email, name: 'Marieke' });

    const response = await reply('anna', 'swv-a', caseId, {
      templateId: 'eerste-reactie',
      subject: 'Ons antwoord, {naam}',
      body: templateText,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [
        {
          field: 'body',
          message:
            'Er staat nog tekst uit het sjabloon in: [Schrijf hier je antwoord.]. Vervang die door je eigen tekst.',
        },
      ],
    });
    await expectUntouched('swv-a', caseId);
    expect(await repliesTo(email)).toEqual([]);
  });

  it('is refused for any bracketed instruction or unknown placeholder, in subject or text', async () => {
    const email = `ouder-${randomUUID()}@example.nl`;
    const { caseId } = await h.ask(h.tenants.a, { email });

    const response = await reply('anna', 'swv-a', caseId, {
      subject: 'Ons antwoord over {onderwerp}',
      body: 'Hallo,\n\nWe spreken af op [vul de datum in].\n\nGroet',
    });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: { field: string; message: string }[] };
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'subject', message: expect.stringContaining('{onderwerp}') },
        { field: 'body', message: expect.stringContaining('[vul de datum in]') },
      ]),
    );
    await expectUntouched('swv-a', caseId);
    expect(await repliesTo(email)).toEqual([]);
  });

  it('goes out once written out: known placeholders are filled in and it is the first answer', async () => {
    const email = `ouder-${randomUUID()}@example.nl`;
    const { caseId } = await h.ask(h.tenants.a, { email, name: 'Marieke' });
    h.setNow('2026-11-24T11:00:00Z');

    const response = await reply('anna', 'swv-a', caseId, {
      subject: 'Ons antwoord, {naam}',
      body: templateText.replace('[Schrijf hier je antwoord.]', 'Je kunt een gesprek vragen [1].'),
    });
    expect(response.status).toBe(200);
    expect(await h.item('swv-a', caseId)).toMatchObject({
      firstResponseAt: '2026-11-24T11:00:00.000Z',
    });
    const [sent] = await repliesTo(email);
    expect(sent?.body.text).toContain('Hallo Marieke,');
    expect(sent?.body.text).toContain('Je kunt een gesprek vragen [1].');
  });
});

const asksForAnswer =
  'Hallo,\n\nJe kunt een gesprek met school vragen.\n\nHeb je nog een vraag? Beantwoord dan deze e-mail.\n\nGroet';

describe('a reply when the steunpunt has no e-mail address', () => {
  it('is refused in Dutch when it asks the parent to answer by e-mail, and nothing is stored', async () => {
    const email = `ouder-${randomUUID()}@example.nl`;
    const { caseId } = await h.ask(h.tenants.x, { email });

    for (const body of [
      asksForAnswer,
      'Hallo,\n\nWil je deze e-mail beantwoorden? Bellen mag ook.',
      'Hallo,\n\nWanneer komt het jou uit? Beantwoord deze e-mail met een paar momenten.',
    ]) {
      const response = await reply('xander', 'swv-x', caseId, { subject: 'Ons antwoord', body });
      expect(response.status, body).toBe(400);
      expect(await response.json()).toMatchObject({
        errors: [{ field: 'body', message: expect.stringContaining('geen e-mailadres') }],
      });
    }
    await expectUntouched('swv-x', caseId);
    expect(await repliesTo(email)).toEqual([]);
  });

  it('sends a reply that asks for no answer by e-mail, without a Reply-To', async () => {
    const email = `ouder-${randomUUID()}@example.nl`;
    const { caseId } = await h.ask(h.tenants.x, { email });

    const response = await reply('xander', 'swv-x', caseId, {
      subject: 'Ons antwoord',
      body: 'Hallo,\n\nJe kunt een gesprek met school vragen. Bel ons gerust.\n\nGroet',
    });
    expect(response.status).toBe(200);
    const [sent] = await repliesTo(email);
    expect(sent?.replyTo ?? []).toEqual([]);
  });

  it('sends the same question for an answer when the steunpunt has an address, with it as Reply-To', async () => {
    const email = `ouder-${randomUUID()}@example.nl`;
    const { caseId } = await h.ask(h.tenants.a, { email });

    const response = await reply('anna', 'swv-a', caseId, {
      subject: 'Ons antwoord',
      body: asksForAnswer,
    });
    expect(response.status).toBe(200);
    const [sent] = await repliesTo(email);
    expect(sent?.replyTo).toEqual(['steunpunt@test.example']);
  });
});
