/**
 * A complaint about the steunpunt itself (route `klacht-over-steunpunt`) goes to the person
 * the steunpunt named for it (Instellingen) and does not exist for anyone else: not in the
 * inbox, not by its reference, not on any case route (read from the route declarations,
 * so a new case route cannot slip past). Nobody named: only the coördinatoren. Its person
 * left without handing it on: the coördinatoren, nobody wider. Its mails never carry the
 * shared mailbox as Reply-To. The privacy jobs, person requests and the monitor still
 * count it.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { routeDeclarations } from '../../functions/api/routes.ts';
import { forgetUser, rememberUser } from '../../functions/auth/user-directory.ts';
import { settingsKey } from '../../functions/cases/case-keys.ts';
import { restrictedAssignMessage } from '../../functions/cases/case-changes.ts';
import { renderMail } from '../../functions/cases/case-mails.ts';
import { noRestrictedReplyAddressMessage } from '../../functions/cases/templates-input.ts';
import type { CaseSummary } from '../../functions/cases/case.ts';
import { complaintInput } from '../../functions/cases/intakes/complaint-schema.ts';
import { submitComplaint } from '../../functions/cases/intakes/complaint.ts';
import {
  complaintsEmailMessages,
  complaintsHandlerMessages,
} from '../../functions/cases/settings.ts';
import type { MailEntry } from '../../functions/mail/outbox.ts';
import { factsOf, syncFacts } from '../../functions/monitor/facts.ts';
import { findPersonCases } from '../../functions/privacy/person-cases.ts';
import { purgeExpired } from '../../functions/privacy/retention.ts';
import { startHarness, steunpunt, users, type Harness, type User } from '../support/api-harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  // The staff directory, as signing in fills it: whom a setting can name and an intake finds.
  for (const user of [users.anna, users.bob, users.cora]) {
    await rememberUser(h.aws.db, h.aws.tableName, user, h.now());
  }
});
afterAll(() => h.stop());
beforeEach(async () => {
  h.setNow('2026-11-24T09:30:00Z');
  await name(null);
});

const complaint = (overrides: Record<string, unknown> = {}) =>
  complaintInput.parse({
    role: 'ouder',
    route: 'klacht-over-steunpunt',
    about: 'Het steunpunt zelf',
    whatHappened: 'Ik kreeg drie weken geen antwoord op mijn vraag.',
    outcomeWanted: 'Dat iemand anders naar mijn vraag kijkt.',
    wantsLetterHelp: false,
    name: 'Karin Jansen',
    contactChannel: 'email',
    email: `karin.${randomUUID()}@example.nl`,
    phone: '',
    reminder: false,
    consent: true,
    ...overrides,
  });

/** A complaint sent through the intake's own code, to swv-a of `steunpunt`. */
async function complain(overrides: Record<string, unknown> = {}) {
  const caseId = randomUUID();
  const outcome = await submitComplaint(
    { db: h.aws.db, tableName: h.aws.tableName, clock: h.now },
    h.tenants.a,
    complaint(overrides),
    caseId,
  );
  if (outcome.kind === 'key-reused') throw new Error('unexpected');
  return { caseId, reference: outcome.reference };
}

/**
 * Names who handles complaints about the steunpunt (null: nobody), and the address their
 * replies go to (null: none), as Cora saves them.
 */
async function name(userId: string | null, complaintsEmail: string | null = null) {
  const current = (await (await h.call('cora', 'GET', '/backoffice/settings')).json()) as {
    version: number;
  };
  const response = await h.call('cora', 'PUT', '/backoffice/settings', {
    responseDays: 5,
    retentionMonths: 12,
    complaintsHandler: userId,
    complaintsEmail,
    version: current.version,
  });
  expect(response.status).toBe(200);
}

/** The settings as Cora reads them. */
const settingsNow = async () =>
  (await (await h.call('cora', 'GET', '/backoffice/settings')).json()) as {
    version: number;
    complaintsEmail?: string;
  };

/** A mail of a case as it is stored in its outbox, and as the parent reads it. */
async function mailOf(caseId: string, mailId: string) {
  const mails = (await h.item('swv-a', caseId)).mails as Record<string, MailEntry>;
  const mail = mails[mailId];
  if (!mail) throw new Error(`no mail ${mailId}`);
  return { mail, rendered: renderMail(mail.template, mail.params) };
}

const notRead = 'Een antwoord op deze e-mail lezen we niet.';
const nationalLine = 'Ouders & Onderwijs: 0800-5010';
const sharedAddress = 'steunpunt@test.example';

async function inboxOf(user: User): Promise<string[]> {
  const response = await h.call(user, 'GET', '/backoffice/cases?status=open&limit=100');
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: CaseSummary[] }).items.map((item) => item.caseId);
}

const byReference = (user: User, reference: string) =>
  h.call(user, 'GET', `/backoffice/cases/by-reference?ref=${reference}`);

/** Every route on one case, from the declarations the app is built from. */
const caseRoutes = routeDeclarations.filter((route) => route.who.tenant === 'own-case');

/** Each case route for this case, as `user` calls it: the answers' statuses. */
async function everyCaseRoute(user: User, caseId: string) {
  const answers: Record<string, number> = {};
  for (const route of caseRoutes) {
    const path = route.path.replace(':swv', 'swv-a').replace(':caseId', caseId);
    const response = await h.call(
      user,
      route.method.toUpperCase(),
      route.method === 'get' && path.endsWith('reply-draft')
        ? `${path}?templateId=standaard-antwoord`
        : path,
      route.method === 'get' ? undefined : { status: 'afgerond', assignee: null, text: 'x' },
    );
    const text = await response.text();
    expect(text, `${route.method} ${route.path}`).not.toContain('Karin');
    answers[`${route.method} ${route.path}`] = response.status;
  }
  return answers;
}

const allNotFound = () =>
  Object.fromEntries(caseRoutes.map((route) => [`${route.method} ${route.path}`, 404]));

describe('who handles complaints about the steunpunt (Instellingen)', () => {
  it('is one of the steunpunt’s staff, shown with the settings, and can be cleared', async () => {
    await name(users.anna.userId);
    const settings = (await (await h.call('cora', 'GET', '/backoffice/settings')).json()) as {
      complaintsHandler?: { userId: string; name: string };
      responseDays: number;
    };
    expect(settings.complaintsHandler).toEqual({ userId: 'u-anna', name: 'Anna Medewerker' });

    // Left out, it stays as it was (an older client that does not know the field).
    const kept = await h.call('cora', 'PUT', '/backoffice/settings', {
      responseDays: 6,
      retentionMonths: 12,
    });
    expect(((await kept.json()) as typeof settings).complaintsHandler?.userId).toBe('u-anna');

    await name(null);
    const cleared = (await (await h.call('cora', 'GET', '/backoffice/settings')).json()) as {
      complaintsHandler?: unknown;
    };
    expect(cleared.complaintsHandler).toBeUndefined();
  });

  it.each([
    ['someone of another steunpunt', users.xander.userId, complaintsHandlerMessages.notStaff],
    ['an unknown user', 'u-niemand', complaintsHandlerMessages.notStaff],
    ['no user id at all', 'iemand met spaties', complaintsHandlerMessages.choose],
    ['a number', 42, complaintsHandlerMessages.choose],
  ])('refuses %s in Dutch and writes nothing', async (_what, userId, message) => {
    const before = (await (await h.call('cora', 'GET', '/backoffice/settings')).json()) as {
      version: number;
    };
    const response = await h.call('cora', 'PUT', '/backoffice/settings', {
      responseDays: 5,
      retentionMonths: 12,
      complaintsHandler: userId,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ field: 'complaintsHandler', message }],
    });
    const after = (await (await h.call('cora', 'GET', '/backoffice/settings')).json()) as {
      version: number;
    };
    expect(after.version).toBe(before.version);
  });

  it('is for the coördinator only', async () => {
    const response = await h.call('anna', 'PUT', '/backoffice/settings', {
      responseDays: 5,
      retentionMonths: 12,
      complaintsHandler: users.anna.userId,
    });
    expect(response.status).toBe(403);
  });
});

describe('a complaint about the steunpunt', () => {
  it('goes to the named person alone: inbox, case page, reference, every route', async () => {
    await name(users.anna.userId);
    const { caseId, reference } = await complain();
    const other = await complain({ route: 'klacht' });
    expect((await h.detail('bob', 'swv-a', other.caseId)).reply).toBeUndefined();

    const item = await h.item('swv-a', caseId);
    expect(item).toMatchObject({
      restrictedTo: 'USER#u-anna',
      assignee: 'u-anna',
      assigneeName: 'Anna Medewerker',
    });
    // A complaint on another route is for everyone, as before.
    expect((await h.item('swv-a', other.caseId)).restrictedTo).toBeUndefined();

    expect(await inboxOf('anna')).toContain(caseId);
    expect(await h.detail('anna', 'swv-a', caseId)).toMatchObject({
      reference,
      restricted: 'person',
    });
    expect((await byReference('anna', reference)).status).toBe(200);
    expect((await h.detail('bob', 'swv-a', other.caseId)).restricted).toBeUndefined();

    for (const user of ['bob', 'cora'] as const) {
      const inbox = await inboxOf(user);
      expect(inbox).not.toContain(caseId);
      expect(inbox).toContain(other.caseId);
      expect((await byReference(user, reference)).status).toBe(404);
      expect(caseRoutes.length).toBeGreaterThanOrEqual(8);
      expect(await everyCaseRoute(user, caseId)).toEqual(allNotFound());
    }
    // Nothing was changed by those calls.
    expect((await h.item('swv-a', caseId)).version).toBe(item.version);
    // Staff of another steunpunt, an SWV reader and a beheerder: never.
    expect((await byReference('xander', reference)).status).toBe(404);
    for (const user of ['lezer', 'beheerder'] as const) {
      expect((await h.call(user, 'GET', `/backoffice/cases/swv-a/${caseId}`)).status).toBe(403);
    }
  });

  it('goes to the coördinatoren when nobody is named', async () => {
    await name(null);
    const { caseId, reference } = await complain();
    const item = await h.item('swv-a', caseId);
    expect(item.restrictedTo).toBe('ROLE#coordinator');
    expect(item.assignee).toBeUndefined();

    expect(await inboxOf('cora')).toContain(caseId);
    expect(await h.detail('cora', 'swv-a', caseId)).toMatchObject({
      reference,
      restricted: 'coordinators',
    });
    expect((await byReference('cora', reference)).status).toBe(200);
    for (const user of ['anna', 'bob'] as const) {
      expect(await inboxOf(user)).not.toContain(caseId);
      expect((await byReference(user, reference)).status).toBe(404);
      expect(await everyCaseRoute(user, caseId)).toEqual(allNotFound());
    }
  });

  it('goes to the coördinatoren when the named person left the staff directory', async () => {
    await rememberUser(
      h.aws.db,
      h.aws.tableName,
      { userId: 'u-weg', name: 'Wim Weg', role: 'medewerker', steunpunt },
      h.now(),
    );
    // Named while still there (the harness's stand-in check knows only its own staff, so
    // the setting is written as the route would write it).
    await h.aws.db.send(
      new PutCommand({
        TableName: h.aws.tableName,
        Item: {
          ...settingsKey(steunpunt),
          responseDays: 5,
          retentionMonths: 12,
          meetingRetentionDays: 30,
          complaintsHandler: { userId: 'u-weg', name: 'Wim Weg' },
          version: 99,
        },
      }),
    );
    // Switched off, or another role: the beheer change takes them out of the directory.
    await forgetUser(h.aws.db, h.aws.tableName, steunpunt, 'u-weg');
    const { caseId } = await complain();
    expect((await h.item('swv-a', caseId)).restrictedTo).toBe('ROLE#coordinator');
  });

  it('stays with its person when the setting names someone else later', async () => {
    await name(users.anna.userId);
    const { caseId, reference } = await complain();
    await name(users.bob.userId);

    expect(await inboxOf('bob')).not.toContain(caseId);
    expect((await byReference('bob', reference)).status).toBe(404);
    expect(await everyCaseRoute('bob', caseId)).toEqual(allNotFound());
    expect(await inboxOf('anna')).toContain(caseId);

    // Nobody named any more: still Anna's, and not the coördinatoren's.
    await name(null);
    expect(await inboxOf('cora')).not.toContain(caseId);
    expect((await h.detail('anna', 'swv-a', caseId)).reference).toBe(reference);

    // A new complaint goes to whom the setting names now.
    await name(users.bob.userId);
    const next = await complain();
    expect((await h.item('swv-a', next.caseId)).restrictedTo).toBe('USER#u-bob');
  });

  it('goes on only to a coördinator, who then holds it alone', async () => {
    await name(users.anna.userId);
    const { caseId, reference } = await complain();
    const path = `/backoffice/cases/swv-a/${caseId}/assign`;
    let { version } = await h.detail('anna', 'swv-a', caseId);

    // Not to a medewerker: they could not see it.
    const toBob = await h.call('anna', 'POST', path, { assignee: users.bob.userId, version });
    expect(toBob.status).toBe(400);
    expect(await toBob.json()).toMatchObject({
      errors: [{ field: 'assignee', message: restrictedAssignMessage }],
    });
    expect((await h.item('swv-a', caseId)).restrictedTo).toBe('USER#u-anna');

    // Anna (a medewerker) hands it to Cora herself: now it is Cora's alone.
    const toCora = await h.call('anna', 'POST', path, { assignee: users.cora.userId, version });
    expect(toCora.status).toBe(200);
    expect(await h.item('swv-a', caseId)).toMatchObject({
      restrictedTo: 'USER#u-cora',
      assignee: 'u-cora',
    });
    expect(await inboxOf('cora')).toContain(caseId);
    expect(await inboxOf('anna')).not.toContain(caseId);
    expect((await byReference('anna', reference)).status).toBe(404);
    expect(await everyCaseRoute('anna', caseId)).toEqual(allNotFound());
    expect(await everyCaseRoute('bob', caseId)).toEqual(allNotFound());

    // Cora cannot give it to a medewerker either.
    ({ version } = await h.detail('cora', 'swv-a', caseId));
    const back = await h.call('cora', 'POST', path, { assignee: users.anna.userId, version });
    expect(back.status).toBe(400);
    expect((await h.item('swv-a', caseId)).restrictedTo).toBe('USER#u-cora');
  });

  it('stays with the coördinatoren when one of them takes it', async () => {
    await name(null);
    const { caseId } = await complain();
    const path = `/backoffice/cases/swv-a/${caseId}/assign`;
    const { version } = await h.detail('cora', 'swv-a', caseId);
    const toAnna = await h.call('cora', 'POST', path, { assignee: users.anna.userId, version });
    expect(toAnna.status).toBe(400);
    expect(await toAnna.json()).toMatchObject({
      errors: [{ field: 'assignee', message: restrictedAssignMessage }],
    });
    const taken = await h.call('cora', 'POST', path, { assignee: users.cora.userId, version });
    expect(taken.status).toBe(200);
    expect(await h.item('swv-a', caseId)).toMatchObject({
      restrictedTo: 'ROLE#coordinator',
      assignee: 'u-cora',
    });
    // A medewerker still cannot reach it.
    expect(await everyCaseRoute('anna', caseId)).toEqual(allNotFound());
  });

  it('is in the audit log as read by its person', async () => {
    await name(users.anna.userId);
    const { caseId, reference } = await complain();
    await h.detail('anna', 'swv-a', caseId);
    const audit = (await (await h.call('cora', 'GET', '/backoffice/audit')).json()) as {
      items: { userId: string; action: string; reference: string }[];
    };
    expect(audit.items).toContainEqual(
      expect.objectContaining({ userId: 'u-anna', action: 'viewed', reference }),
    );
  });

  it('is counted by the monitor, anonymously, on its route', async () => {
    await name(users.anna.userId);
    const { caseId } = await complain();
    await syncFacts({ db: h.aws.db, tableName: h.aws.tableName, clock: h.now });
    const facts = await factsOf(
      { db: h.aws.db, tableName: h.aws.tableName, clock: h.now },
      'swv-a',
      '2026-11',
    );
    const fact = facts.find((f) => f.sk.endsWith(`#${caseId}`));
    expect(fact).toMatchObject({ kind: 'complaint', route: 'klacht-over-steunpunt' });
    expect(JSON.stringify(fact)).not.toMatch(/Karin|restrictedTo|u-anna/);
  });

  it('is found for a person request, and erased by retention like any case', async () => {
    await name(users.anna.userId);
    const email = 'karin.verzoek@example.nl';
    const { caseId, reference } = await complain({ email });
    const found = await findPersonCases(h.deps, { email }, steunpunt);
    expect(found.map(({ item }) => item.reference)).toContain(reference);

    const { version } = await h.detail('anna', 'swv-a', caseId);
    const closed = await h.call('anna', 'POST', `/backoffice/cases/swv-a/${caseId}/status`, {
      status: 'afgerond',
      version,
    });
    expect(closed.status).toBe(200);
    h.setNow('2028-01-05T09:30:00Z');
    await purgeExpired({ db: h.aws.db, tableName: h.aws.tableName, clock: h.now });
    const item = await h.item('swv-a', caseId);
    expect(item.personal).toBeUndefined();
    expect(item.erasedAt).toBeDefined();
    expect(item.restrictedTo).toBe('USER#u-anna');
  });
});

describe('the reply address for complaints about the steunpunt (Instellingen)', () => {
  it('is kept in lower case, left as it was when left out, and can be cleared', async () => {
    await name(users.anna.userId, ' Klachten@Vertrouwelijk.example ');
    expect((await settingsNow()).complaintsEmail).toBe('klachten@vertrouwelijk.example');

    const kept = await h.call('cora', 'PUT', '/backoffice/settings', {
      responseDays: 5,
      retentionMonths: 12,
    });
    expect(kept.status).toBe(200);
    expect((await settingsNow()).complaintsEmail).toBe('klachten@vertrouwelijk.example');

    await name(users.anna.userId, null);
    expect((await settingsNow()).complaintsEmail).toBeUndefined();
  });

  it.each([
    ['no address', 'klachten-vertrouwelijk', 'Vul een e-mailadres in zoals naam@voorbeeld.nl'],
    ['an empty text', '', 'Vul een e-mailadres in zoals naam@voorbeeld.nl'],
    ['a number', 42, 'Vul een e-mailadres in zoals naam@voorbeeld.nl'],
    ['the shared mailbox', ' Steunpunt@Test.example', complaintsEmailMessages.shared],
  ])('refuses %s in Dutch and writes nothing', async (_what, complaintsEmail, message) => {
    const before = await settingsNow();
    const response = await h.call('cora', 'PUT', '/backoffice/settings', {
      responseDays: 5,
      retentionMonths: 12,
      complaintsEmail,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ field: 'complaintsEmail', message }],
    });
    expect((await settingsNow()).version).toBe(before.version);
  });
});

describe('mails about a complaint about the steunpunt', () => {
  it('carry the address set for such complaints as Reply-To, never the shared one', async () => {
    await name(users.anna.userId, 'klachten@vertrouwelijk.example');
    const { caseId } = await complain();
    const { mail, rendered } = await mailOf(caseId, 'confirmation');
    expect(mail.replyTo).toBe('klachten@vertrouwelijk.example');
    expect(mail.params.repliesUnread).toBeUndefined();
    expect(rendered.text).not.toContain(notRead);
  });

  it('without that address carry no Reply-To, and say an answer is not read', async () => {
    await name(users.anna.userId, null);
    const { caseId } = await complain();
    const { mail, rendered } = await mailOf(caseId, 'confirmation');
    expect(mail.replyTo).toBeUndefined();
    expect(JSON.stringify(mail)).not.toContain(sharedAddress);
    for (const part of [rendered.text, rendered.html]) {
      expect(part).toContain(notRead);
      expect(part).toContain('Het steunpunt neemt zelf contact met je op.');
    }
    expect(rendered.text).toContain(nationalLine);
    expect(rendered.html).toContain('Ouders &amp; Onderwijs: 0800-5010');
  });

  it('leave an ordinary complaint as it was: the shared mailbox, nothing added', async () => {
    await name(users.anna.userId, 'klachten@vertrouwelijk.example');
    const { caseId } = await complain({ route: 'klacht' });
    const { mail, rendered } = await mailOf(caseId, 'confirmation');
    expect(mail.replyTo).toBe(sharedAddress);
    expect(mail.params.repliesUnread).toBeUndefined();
    expect(rendered.text).not.toContain(notRead);
  });

  it('include a reply from the back office, with the address as it is set then', async () => {
    await name(users.anna.userId, 'klachten@vertrouwelijk.example');
    const { caseId } = await complain();
    const reply = async (body: string, key = randomUUID()) => {
      const response = await h.call(
        'anna',
        'POST',
        `/backoffice/cases/swv-a/${caseId}/replies`,
        { subject: 'Je klacht', body },
        key,
      );
      return { response, mailId: `reply-${key}` };
    };

    // The case page's reply form is told where an answer goes.
    expect((await h.detail('anna', 'swv-a', caseId)).reply).toEqual({
      replyTo: 'klachten@vertrouwelijk.example',
    });
    const first = await reply('Beste Karin, ik bel je morgen. Je mag deze e-mail beantwoorden.');
    expect(first.response.status).toBe(200);
    const sent = await mailOf(caseId, first.mailId);
    expect(sent.mail.replyTo).toBe('klachten@vertrouwelijk.example');
    expect(sent.rendered.text).not.toContain(notRead);

    // The address cleared: the next reply has none, and says so; asking for an answer by
    // mail is refused, since nobody would read it.
    await name(users.anna.userId, null);
    expect((await h.detail('anna', 'swv-a', caseId)).reply).toEqual({ unread: true });
    const asks = await reply('Wil je deze e-mail beantwoorden met je telefoonnummer?');
    expect(asks.response.status).toBe(400);
    expect(await asks.response.json()).toMatchObject({
      errors: [{ field: 'body', message: noRestrictedReplyAddressMessage }],
    });
    const second = await reply('Beste Karin, ik bel je morgen om 10 uur.');
    expect(second.response.status).toBe(200);
    const unread = await mailOf(caseId, second.mailId);
    expect(unread.mail.replyTo).toBeUndefined();
    expect(unread.rendered.text).toContain(notRead);
    expect(unread.rendered.text).toContain(nationalLine);
    // The first reply keeps the address it was written with.
    expect((await mailOf(caseId, first.mailId)).mail.replyTo).toBe(
      'klachten@vertrouwelijk.example',
    );

    // A reply on an ordinary case still goes to the shared mailbox.
    const other = await complain({ route: 'klacht' });
    expect((await h.detail('bob', 'swv-a', other.caseId)).reply).toBeUndefined();
    const key = randomUUID();
    const ordinary = await h.call(
      'bob',
      'POST',
      `/backoffice/cases/swv-a/${other.caseId}/replies`,
      { subject: 'Je vraag', body: 'Beste Karin, ik bel je morgen.' },
      key,
    );
    expect(ordinary.status).toBe(200);
    const plain = await mailOf(other.caseId, `reply-${key}`);
    expect(plain.mail.replyTo).toBe(sharedAddress);
    expect(plain.rendered.text).not.toContain(notRead);
  });
});

describe('a complaint about the steunpunt whose person left without handing it on', () => {
  it('is opened and listed for the coördinatoren, who can take it; nobody wider', async () => {
    await rememberUser(
      h.aws.db,
      h.aws.tableName,
      { userId: 'u-vertrek', name: 'Vera Vertrek', role: 'medewerker', steunpunt },
      h.now(),
    );
    // Named while still there (written as the route would write it).
    await h.aws.db.send(
      new PutCommand({
        TableName: h.aws.tableName,
        Item: {
          ...settingsKey(steunpunt),
          responseDays: 5,
          retentionMonths: 12,
          meetingRetentionDays: 30,
          complaintsHandler: { userId: 'u-vertrek', name: 'Vera Vertrek' },
          version: 199,
        },
      }),
    );
    const { caseId, reference } = await complain();
    expect((await h.item('swv-a', caseId)).restrictedTo).toBe('USER#u-vertrek');
    // While she is there, the coördinator does not see it.
    expect(await everyCaseRoute('cora', caseId)).toEqual(allNotFound());
    expect(await inboxOf('cora')).not.toContain(caseId);

    // She leaves (switched off, another role or steunpunt) without handing it on.
    await forgetUser(h.aws.db, h.aws.tableName, steunpunt, 'u-vertrek');
    expect(await h.detail('cora', 'swv-a', caseId)).toMatchObject({
      reference,
      restricted: 'holder-left',
    });
    expect((await byReference('cora', reference)).status).toBe(200);
    expect(await inboxOf('cora')).toContain(caseId);
    // Medewerkers, another steunpunt, a reader and a beheerder: still not.
    for (const user of ['anna', 'bob'] as const) {
      expect(await inboxOf(user)).not.toContain(caseId);
      expect((await byReference(user, reference)).status).toBe(404);
      expect(await everyCaseRoute(user, caseId)).toEqual(allNotFound());
    }
    expect((await byReference('xander', reference)).status).toBe(404);
    for (const user of ['lezer', 'beheerder'] as const) {
      expect((await h.call(user, 'GET', `/backoffice/cases/swv-a/${caseId}`)).status).toBe(403);
    }

    // Her account back on: hers alone again.
    await rememberUser(
      h.aws.db,
      h.aws.tableName,
      { userId: 'u-vertrek', name: 'Vera Vertrek', role: 'medewerker', steunpunt },
      h.now(),
    );
    expect((await byReference('cora', reference)).status).toBe(404);
    expect(await inboxOf('cora')).not.toContain(caseId);
    await forgetUser(h.aws.db, h.aws.tableName, steunpunt, 'u-vertrek');

    // Cora takes it: now it is hers alone, as when it is handed on.
    const { version } = await h.detail('cora', 'swv-a', caseId);
    const taken = await h.call('cora', 'POST', `/backoffice/cases/swv-a/${caseId}/assign`, {
      assignee: users.cora.userId,
      version,
    });
    expect(taken.status).toBe(200);
    expect(await h.item('swv-a', caseId)).toMatchObject({
      restrictedTo: 'USER#u-cora',
      assignee: 'u-cora',
    });
    expect((await h.detail('cora', 'swv-a', caseId)).restricted).toBe('person');
    expect(await inboxOf('cora')).toContain(caseId);
    expect(await everyCaseRoute('anna', caseId)).toEqual(allNotFound());
  });
});
