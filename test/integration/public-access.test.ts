/**
 * The public function's least privilege, exercised: every public route runs on a client
 * that refuses, as IAM would, anything outside `publicTableAccess` (the same declaration the
 * CDK app turns into the function's policy). Every route works on it, with the limits and
 * the proof-of-work switched on as in AWS, and what the back office does to list cases or
 * read the account register is refused by it.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiApp } from '../../functions/api/api-app.ts';
import { publicTableAccess } from '../../functions/api/public-access.ts';
import { publicRoutes } from '../../functions/api/public-app.ts';
import { defaultLimitMaxima } from '../../functions/api/public-limits.ts';
import { inboxPartition } from '../../functions/cases/case-keys.ts';
import { cancelCode, cancelSecret } from '../../functions/meetings/cancel-code.ts';
import { attendeeIdFor } from '../../functions/meetings/meeting-keys.ts';
import { encodeSolution, issueChallenge } from '../../functions/limits/proof-of-work.ts';
import { proofHeader } from '../../functions/limits/proof-schema.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import { validQuestion } from '../support/local-aws.ts';
import {
  startMeetingHarness,
  steunpunt,
  users,
  validSignUp,
  type MeetingHarness,
} from '../support/api-harness.ts';
import { rememberUser } from '../../functions/auth/user-directory.ts';
import { saveSettings } from '../../functions/cases/case-settings.ts';
import { accessChecked, AccessDenied, type AccessLog } from '../support/access-checked-db.ts';

const secret = 'test-limit-secret';

const complaintAboutTheSteunpunt = {
  role: 'ouder',
  route: 'klacht-over-steunpunt',
  about: 'Het steunpunt zelf',
  whatHappened: 'Ik kreeg drie weken geen antwoord op mijn vraag.',
  outcomeWanted: 'Dat iemand anders naar mijn vraag kijkt.',
  wantsLetterHelp: false,
  name: 'Karin Jansen',
  contactChannel: 'email',
  email: 'karin@example.nl',
  phone: '',
  reminder: false,
  consent: true,
};
const formProof = { maxNumber: 1000, validForMs: 10 * 60_000 };

let h: MeetingHarness;
let app: ReturnType<typeof apiApp>;
const log: AccessLog = { calls: [] };

beforeAll(async () => {
  h = await startMeetingHarness();
  const db = accessChecked(h.aws.db, publicTableAccess, log);
  app = apiApp(
    publicRoutes({
      db,
      tableName: h.aws.tableName,
      clock: h.now,
      tenants: cachedTenantLookup(db, h.aws.tableName),
      limitSecret: secret,
      formProof,
      limitMaxima: defaultLimitMaxima,
    }),
  );
});
afterAll(() => h.stop());

function proof(): string {
  const challenge = issueChallenge({ secret, ...formProof }, h.now(), 7);
  const { algorithm, salt, signature } = challenge;
  return encodeSolution({ algorithm, challenge: challenge.challenge, number: 7, salt, signature });
}

function call(method: string, path: string, body?: unknown, key = randomUUID()) {
  return app.request(`/api${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'idempotency-key': key,
      'cloudfront-viewer-address': '192.0.2.7:50000',
      [proofHeader]: proof(),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('the public function within its table access', () => {
  it('answers every public route, retries included, with nothing refused', async () => {
    const meetingId = await h.createMeeting({ capacity: 1 });
    // A complaint about the steunpunt goes to the person its settings name (case-restriction.ts).
    await rememberUser(h.aws.db, h.aws.tableName, { ...users.anna }, h.now());
    await saveSettings(
      { db: h.aws.db, tableName: h.aws.tableName },
      steunpunt,
      { responseDays: 5, retentionMonths: 12 },
      randomUUID(),
      h.now(),
      { userId: users.anna.userId, name: users.anna.name, role: users.anna.role },
    );
    const questionKey = randomUUID();
    const signUpKey = randomUUID();
    const signUpBody = validSignUp();
    const answers = {
      health: await call('GET', '/health'),
      contact: await call('GET', '/swv/swv-a/contact'),
      topics: await call('GET', '/swv/swv-a/onderwerpen'),
      challenge: await call('GET', '/formuliercontrole'),
      question: await call('POST', '/swv/swv-a/vragen', validQuestion(), questionKey),
      questionAgain: await call('POST', '/swv/swv-a/vragen', validQuestion(), questionKey),
      complaint: await call('POST', '/swv/swv-a/klachten', complaintAboutTheSteunpunt),
      complaintHelp: await call('POST', '/swv/swv-a/klachten', {
        ...complaintAboutTheSteunpunt,
        route: 'bezwaar-tlv',
        about: 'Samenwerkingsverband Voorbeeld',
        decisionDate: '2026-10-20',
      }),
      agenda: await call('GET', '/swv/swv-a/bijeenkomsten'),
      meeting: await call('GET', `/swv/swv-a/bijeenkomsten/${meetingId}`),
      signUp: await call(
        'POST',
        `/swv/swv-a/bijeenkomsten/${meetingId}/aanmeldingen`,
        signUpBody,
        signUpKey,
      ),
      signUpAgain: await call(
        'POST',
        `/swv/swv-a/bijeenkomsten/${meetingId}/aanmeldingen`,
        signUpBody,
        signUpKey,
      ),
      waiting: await call(
        'POST',
        `/swv/swv-a/bijeenkomsten/${meetingId}/aanmeldingen`,
        validSignUp(),
      ),
    };
    const code = cancelCode(
      meetingId,
      attendeeIdFor(meetingId, signUpKey),
      cancelSecret(meetingId, signUpKey),
    );
    const lookup = await call('GET', `/afmelding?code=${encodeURIComponent(code)}`);
    const cancel = await call('POST', '/afmelding', { code });

    expect(log.calls.filter((c) => !c.allowed)).toEqual([]);
    expect(
      Object.fromEntries(
        Object.entries({ ...answers, lookup, cancel }).map(([name, r]) => [name, r.status]),
      ),
    ).toEqual({
      health: 200,
      contact: 200,
      topics: 200,
      challenge: 200,
      question: 201,
      questionAgain: 200,
      complaint: 201,
      complaintHelp: 201,
      agenda: 200,
      meeting: 200,
      signUp: 201,
      signUpAgain: 200,
      waiting: 201,
      lookup: 200,
      cancel: 200,
    });
    expect(log.calls.length).toBeGreaterThan(10);
  });

  it('refuses listing cases, reading the account register and scanning', async () => {
    const db = accessChecked(h.aws.db, publicTableAccess);
    const attempts = [
      new QueryCommand({
        TableName: h.aws.tableName,
        IndexName: 'inbox',
        KeyConditionExpression: 'inboxPk = :pk',
        ExpressionAttributeValues: { ':pk': inboxPartition(steunpunt, 'nieuw') },
      }),
      new QueryCommand({
        TableName: h.aws.tableName,
        IndexName: 'person',
        KeyConditionExpression: 'personPk = :pk',
        ExpressionAttributeValues: { ':pk': 'PERSON#abc' },
      }),
      new QueryCommand({
        TableName: h.aws.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'SWV#swv-a' },
      }),
      new GetCommand({ TableName: h.aws.tableName, Key: { pk: 'ACCOUNTS', sk: 'USER#u-anna' } }),
      new ScanCommand({ TableName: h.aws.tableName }),
    ];
    for (const command of attempts) {
      await expect(db.send(command as never)).rejects.toBeInstanceOf(AccessDenied);
    }
  });
});
