/**
 * A bounded flood against the public forms, on the whole API app with real tokens,
 * dynalite and the local SES: one client's questions are refused after the limit, nothing
 * past it is stored or mailed, another client and the back office are not affected; one
 * address gets at most its day's confirmations; a form without a right proof-of-work, or
 * with the honeypot filled in, stores nothing.
 *
 * Clients are told apart by `CloudFront-Viewer-Address`, as in AWS (an in-process request
 * has no socket). Proofs are made with the app's own secret and a known number, so the
 * test spends no time searching (the search itself is unit-tested).
 */
import { randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../../functions/api/app.ts';
import { defaultLimitMaxima } from '../../functions/api/public-limits.ts';
import { limitMessages } from '../../functions/limits/limit-messages.ts';
import {
  encodeSolution,
  issueChallenge,
  type ProofSettings,
} from '../../functions/limits/proof-of-work.ts';
import { honeypotField, proofHeader } from '../../functions/limits/proof-schema.ts';
import { countOne, perMinutes } from '../../functions/limits/window-counter.ts';
import { drainOutbox } from '../../functions/mail/mail-worker.ts';
import { putTenant } from '../../functions/tenants/tenant-store.ts';
import { demoUser } from '../../scripts/local/demo-users.ts';
import { localWorker, testTenant, validQuestion, type LocalAws } from '../support/local-aws.ts';
import { startSignedInApp, stopSignedInApp, type RunningIdp } from '../support/signed-in-app.ts';

const swv = 'po-haarlemmermeer';
const secret = 'test-limit-secret';
const formProof = { maxNumber: 1000, validForMs: 10 * 60_000 };
const proofSettings: ProofSettings = { secret, ...formProof };
const now = new Date('2026-11-24T09:30:00Z');

let aws: LocalAws;
let idp: RunningIdp;
let app: ReturnType<typeof createApp>;
let staffToken: string;
let coordinatorToken: string;

beforeAll(async () => {
  ({ aws, idp, app } = await startSignedInApp({
    seed: (local) =>
      putTenant(local.db, local.tableName, { ...testTenant(swv), steunpunt: 'amstel-en-meer' }),
    deps: () => ({
      clock: () => now,
      limitSecret: secret,
      formProof,
      limitMaxima: defaultLimitMaxima,
    }),
  }));
  staffToken = await idp.tokenFor(demoUser('sanne-medewerker')!);
  coordinatorToken = await idp.tokenFor(demoUser('ruud-coordinator')!);
});
afterAll(() => stopSignedInApp({ aws, idp }));

/** A right answer to a fresh challenge, as the form kit sends it. */
function proof(): string {
  const challenge = issueChallenge(proofSettings, now, 7);
  const { algorithm, salt, signature } = challenge;
  return encodeSolution({ algorithm, challenge: challenge.challenge, number: 7, salt, signature });
}

function ask(
  client: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = { [proofHeader]: proof() },
) {
  return app.request(`/api/swv/${swv}/vragen`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': randomUUID(),
      'cloudfront-viewer-address': `${client}:51234`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

async function storedQuestions(): Promise<number> {
  const { Items } = await aws.db.send(
    new ScanCommand({
      TableName: aws.tableName,
      FilterExpression: 'begins_with(pk, :q)',
      ExpressionAttributeValues: { ':q': `SWV#${swv}#Q#` },
    }),
  );
  return Items?.length ?? 0;
}

async function mailsSent(): Promise<string[]> {
  for (let pass = 0; pass < 20; pass++) {
    const result = await drainOutbox(localWorker(aws, () => now));
    if (result.sent === 0) break;
  }
  return (await aws.localSes.mails()).map((mail) => String(mail.destination.to));
}

describe('limits per client and per address', () => {
  it('refuses one client after 10 questions a minute, stores and mails nothing past it, and serves others', async () => {
    const flood = Array.from({ length: 200 }, (_, i) =>
      validQuestion({ email: `ouder${i}@example.nl` }),
    );
    const statuses: number[] = [];
    let staffStatus = 0;
    for (const [i, body] of flood.entries()) {
      const response = await ask('203.0.113.7', body);
      statuses.push(response.status);
      if (i === 100) {
        // The back office in the middle of the flood: one staff request, answered at once.
        const inbox = await app.request(`/api/backoffice/cases?swv=${swv}`, {
          headers: { authorization: `Bearer ${staffToken}` },
        });
        staffStatus = inbox.status;
      }
      if (response.status === 429 && i === 150) {
        const answer = (await response.json()) as { message: string };
        expect(answer.message).toBe(limitMessages.tooMany);
        expect(answer.message).toContain('0800-5010');
        expect(response.headers.get('retry-after')).toBe('60');
      }
    }
    const max = defaultLimitMaxima.submissionsPerMinute;
    expect(statuses.filter((s) => s === 201)).toHaveLength(max);
    expect(statuses.filter((s) => s === 429)).toHaveLength(200 - max);
    expect(statuses.slice(0, max).every((s) => s === 201)).toBe(true);
    expect(staffStatus).toBe(200);
    expect(await storedQuestions()).toBe(max);
    expect(await mailsSent()).toHaveLength(max);

    // Another client in the same minute is not affected.
    const other = await ask('198.51.100.20', validQuestion({ email: 'ander@example.nl' }));
    expect(other.status).toBe(201);
  });

  it('sends one address at most 10 confirmations a day, and still stores the questions', async () => {
    const before = await storedQuestions();
    const sentBefore = (await mailsSent()).length;
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      // A new client each time: the address's cap, not the client's, is tested here.
      const response = await ask(
        `192.0.2.${i + 1}`,
        validQuestion({ email: 'doelwit@example.nl' }),
      );
      statuses.push(response.status);
    }
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(await storedQuestions()).toBe(before + 14);
    const mails = await mailsSent();
    const toTarget = mails.filter((to) => to.includes('doelwit@example.nl'));
    expect(toTarget).toHaveLength(defaultLimitMaxima.confirmationsPerDay);
    expect(mails.length - sentBefore).toBe(defaultLimitMaxima.confirmationsPerDay);
  });

  it('stores nothing without a right proof-of-work, with a used one, or with the honeypot filled in', async () => {
    const before = await storedQuestions();
    const used = proof();
    const client = '198.51.100.99';
    const answers = [
      await ask(client, validQuestion(), {}),
      await ask(client, validQuestion(), { [proofHeader]: 'bm9uc2Vucw==' }),
      await ask(client, validQuestion(), { [proofHeader]: used }),
      await ask(client, validQuestion(), { [proofHeader]: used }),
      await ask(client, validQuestion({ [honeypotField]: 'https://spam.example' })),
    ];
    expect(answers.map((r) => r.status)).toEqual([400, 400, 201, 400, 400]);
    const refused = (await answers[3]!.json()) as { message: string };
    expect(refused.message).toBe(limitMessages.formCheck);
    expect(await storedQuestions()).toBe(before + 1);

    // An expired challenge is refused as well.
    const old = issueChallenge(proofSettings, new Date(now.getTime() - 11 * 60_000), 3);
    const expired = await ask(client, validQuestion(), {
      [proofHeader]: encodeSolution({ ...old, number: 3 }),
    });
    expect(expired.status).toBe(400);
  });

  it('refuses a sign-up past the address’s daily cap, storing no attendee: without its mail there is no cancel link', async () => {
    const created = await app.request('/api/backoffice/bijeenkomsten', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${coordinatorToken}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify({
        title: 'Oudercafé over het OPP',
        description: 'Een avond om ervaringen te delen met andere ouders.',
        date: '2026-12-15',
        startTime: '19:30',
        endTime: '21:00',
        locationKind: 'online',
        onlineUrl: 'https://meet.example.nl/oudercafe',
        capacity: 40,
        audience: 'iedereen',
        tenant: 'alle',
        reminderDays: 0,
        repeatMonthly: 0,
      }),
    });
    expect(created.status).toBe(201);
    const meetingId = ((await created.json()) as { meetings: { id: string }[] }).meetings[0]!.id;
    const signUp = (i: number) =>
      app.request(`/api/swv/${swv}/bijeenkomsten/${meetingId}/aanmeldingen`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
          'cloudfront-viewer-address': `192.0.2.${100 + i}:4000`,
          [proofHeader]: proof(),
        },
        body: JSON.stringify({
          name: `Ouder ${i}`,
          email: 'aanmelder@example.nl',
          phone: '',
          persons: 1,
          needs: '',
          consent: true,
        }),
      });
    const statuses: number[] = [];
    for (let i = 0; i <= defaultLimitMaxima.confirmationsPerDay; i++) {
      statuses.push((await signUp(i)).status);
    }
    const last = statuses.pop();
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(last).toBe(429);
    const { Items } = await aws.db.send(
      new ScanCommand({
        TableName: aws.tableName,
        FilterExpression: 'pk = :m AND begins_with(sk, :a)',
        ExpressionAttributeValues: { ':m': `MEETING#${meetingId}`, ':a': 'ATTENDEE#' },
      }),
    );
    expect(Items).toHaveLength(defaultLimitMaxima.confirmationsPerDay);
  });

  it('counts the cancel link’s POST too: a client that guesses codes is stopped after 10 a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= defaultLimitMaxima.submissionsPerMinute; i++) {
      const response = await app.request('/api/afmelding', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'cloudfront-viewer-address': '203.0.113.200:1234',
        },
        body: JSON.stringify({ code: `geraden-${i}` }),
      });
      statuses.push(response.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s !== 429)).toBe(true);
  });

  it('counts by conditional writes: 20 at once against a limit of 5 take exactly 5 places', async () => {
    const limit = { name: 'race', max: 5, windows: perMinutes(1) };
    const deps = { db: aws.db, tableName: aws.tableName, clock: () => now };
    const taken = await Promise.all(Array.from({ length: 20 }, () => countOne(deps, limit, 'k')));
    expect(taken.filter(Boolean)).toHaveLength(5);
    // The next window starts again, with no reset and no TTL.
    const later = { ...deps, clock: () => new Date(now.getTime() + 60_000) };
    expect(await countOne(later, limit, 'k')).toBe(true);
  });

  it('hands out a challenge a browser can answer', async () => {
    const response = await app.request('/api/formuliercontrole');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const challenge = (await response.json()) as { maxnumber: number; salt: string };
    expect(challenge.maxnumber).toBe(formProof.maxNumber);
    expect(challenge.salt).toMatch(/\?expires=\d+$/);
  });
});
