/**
 * How many round trips to the table a public write waits for, counted on the whole API
 * app with its limits switched on, as the Lambda runs it (no timing: table-rounds.ts
 * records which calls were sent side by side). A question's normal path is two rounds:
 * the client's count, the proof's mark, the address's count and the reference number side
 * by side, then the case's conditional write. A refused question stores nothing and gives
 * the address's count back.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/api/app.ts';
import { meetingRoutes } from '../../functions/api/meeting-routes.ts';
import { caseKey } from '../../functions/cases/case-keys.ts';
import { keyMaker } from '../../functions/limits/client-key.ts';
import { limitMessages } from '../../functions/limits/limit-messages.ts';
import { encodeSolution, issueChallenge } from '../../functions/limits/proof-of-work.ts';
import { proofHeader } from '../../functions/limits/proof-schema.ts';
import { limitPartition, perAmsterdamDay } from '../../functions/limits/window-counter.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import { startMeetingHarness, validSignUp, type MeetingHarness } from '../support/api-harness.ts';
import { addTenant, testTenant, validQuestion } from '../support/local-aws.ts';
import { readItem } from '../support/table-reads.ts';
import { roundsTable } from '../support/table-rounds.ts';

const secret = 'rounds-secret';
const formProof = { maxNumber: 1000, validForMs: 10 * 60_000 };
const limitMaxima = { submissionsPerMinute: 3, confirmationsPerDay: 10 };
const now = new Date('2026-11-24T09:30:00Z');

let harness: MeetingHarness;

beforeAll(async () => {
  harness = await startMeetingHarness();
  await addTenant(harness.aws, testTenant('swv-rounds'));
});
afterAll(() => harness.aws.stop());

function proof(): string {
  const challenge = issueChallenge({ secret, ...formProof }, now, 5);
  const { algorithm, salt, signature } = challenge;
  return encodeSolution({ algorithm, challenge: challenge.challenge, number: 5, salt, signature });
}

const headers = (client: string, key = randomUUID(), proofOf = proof()) => ({
  'content-type': 'application/json',
  'idempotency-key': key,
  'cloudfront-viewer-address': `${client}:4433`,
  [proofHeader]: proofOf,
});

/** What a call was for, by the partition it wrote. */
const purpose = (pk: string) =>
  pk.startsWith('LIMIT#submit#')
    ? 'client count'
    : pk.startsWith('LIMIT#confirm#')
      ? 'address count'
      : pk.startsWith('PROOF#')
        ? 'proof mark'
        : pk.startsWith('SP#')
          ? 'reference number'
          : pk.startsWith('MEETING#')
            ? 'meeting'
            : pk;

/** The API app as the Lambda makes it (limits and form check on), on a recorded table. */
function countedApp() {
  const { deps, table } = roundsTable(harness.aws);
  const app = createApp({
    ...deps,
    clock: () => now,
    tenants: cachedTenantLookup(deps.db, deps.tableName),
    limitSecret: secret,
    formProof,
    limitMaxima,
  });
  const ask = (
    client: string,
    body: Record<string, unknown>,
    { swv = 'swv-rounds', key = randomUUID(), proofOf = proof() } = {},
  ) =>
    app.request(`/api/swv/${swv}/vragen`, {
      method: 'POST',
      headers: headers(client, key, proofOf),
      body: JSON.stringify(body),
    });
  return { table, ask };
}

const addressCount = async (email: string) =>
  Number(
    (
      await readItem(harness.aws, {
        pk: limitPartition('confirm', keyMaker(secret)('email', email)),
        sk: perAmsterdamDay(now).id,
      })
    )?.n ?? 0,
  );

describe('round trips of a public write', () => {
  it('stores a new question in two rounds: every independent write side by side, then the case', async () => {
    const { table, ask } = countedApp();
    // The tenant's cache warms up, as in a warm Lambda.
    expect((await ask('192.0.2.1', validQuestion())).status).toBe(201);
    table.reset();

    const response = await ask('192.0.2.2', validQuestion({ email: 'twee@example.nl' }));
    expect(response.status).toBe(201);
    expect(table.rounds()).toBe(2);
    const first = table.calls.filter((call) => call.round === 1);
    expect(first.map((call) => purpose(call.pk)).sort()).toEqual([
      'address count',
      'client count',
      'proof mark',
      'reference number',
    ]);
    const second = table.calls.filter((call) => call.round === 2);
    expect(second).toEqual([
      { command: 'Put', pk: expect.stringMatching(/^SWV#swv-rounds#Q#/) as unknown, round: 2 },
    ]);
    expect(table.calls).toHaveLength(5);
  });

  it('answers a question past the client’s limit with 429 in the same rounds, storing nothing and giving the address’s count back', async () => {
    const { table, ask } = countedApp();
    const client = '198.51.100.30';
    for (let i = 0; i < limitMaxima.submissionsPerMinute; i++) {
      expect((await ask(client, validQuestion({ email: `vol${i}@example.nl` }))).status).toBe(201);
    }
    const email = 'geweigerd@example.nl';
    const key = randomUUID();
    table.reset();
    const refused = await ask(client, validQuestion({ email }), { key });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { message: string }).message).toBe(limitMessages.tooMany);
    // No case write: the address's count given back is the only call after the first round.
    expect(table.calls.filter((call) => call.round === 2).map((call) => purpose(call.pk))).toEqual([
      'address count',
    ]);
    expect(await addressCount(email)).toBe(0);
    expect(await readItem(harness.aws, caseKey('swv-rounds', key))).toBeUndefined();
  });

  it('answers an unknown SWV from a client past its limit with the limit’s 429, as before', async () => {
    const { ask } = countedApp();
    const client = '198.51.100.31';
    for (let i = 0; i < limitMaxima.submissionsPerMinute; i++) {
      expect((await ask(client, validQuestion())).status).toBe(201);
    }
    expect((await ask(client, validQuestion(), { swv: 'bestaat-niet' })).status).toBe(429);
    expect((await ask('198.51.100.32', validQuestion(), { swv: 'bestaat-niet' })).status).toBe(404);
  });

  it('writes nothing for a body the schema refuses, nor for a proof with a wrong signature', async () => {
    const { table, ask } = countedApp();
    expect((await ask('192.0.2.40', { question: '' })).status).toBe(400);
    const forged = JSON.parse(Buffer.from(proof(), 'base64').toString()) as Record<string, unknown>;
    const wrong = Buffer.from(JSON.stringify({ ...forged, signature: 'f'.repeat(64) })).toString(
      'base64',
    );
    expect((await ask('192.0.2.40', validQuestion(), { proofOf: wrong })).status).toBe(400);
    expect(table.calls).toHaveLength(0);
  });

  /** The Oudercafé's routes on a counting table, and a sign-up from `client` to a new meeting. */
  async function signUpsFrom(client: string) {
    const meetingId = await harness.createMeeting();
    const { deps, table } = roundsTable(harness.aws);
    const routes = meetingRoutes({
      ...deps,
      clock: () => now,
      siteOrigin: 'https://portaal.example',
      tenants: cachedTenantLookup(deps.db, deps.tableName),
      limitSecret: secret,
      formProof,
      limitMaxima,
    });
    const signUp = () =>
      routes.request(`/swv/swv-a/bijeenkomsten/${meetingId}/aanmeldingen`, {
        method: 'POST',
        headers: headers(client),
        body: JSON.stringify(validSignUp()),
      });
    return { table, signUp, meetingId };
  }

  it('counts a sign-up’s client, proof and address beside its meeting’s read, before its own writes', async () => {
    const { table, signUp } = await signUpsFrom('192.0.2.50');
    expect((await signUp()).status).toBe(201);
    const first = table.calls.filter((call) => call.round === 1);
    expect(first.map((call) => `${call.command} ${purpose(call.pk)}`).sort()).toEqual([
      'Get meeting',
      'Put proof mark',
      'Update address count',
      'Update client count',
    ]);
    // Then sign-up.ts's own writes: the attendee, then the meeting's place.
    expect(table.calls.filter((call) => call.round > 1).map((call) => call.command)).toEqual([
      'Put',
      'Update',
    ]);
    expect(table.rounds()).toBe(3);
  });

  it('writes no attendee for a sign-up past the client’s limit, and answers 429', async () => {
    const { table, signUp, meetingId } = await signUpsFrom('192.0.2.51');
    for (let i = 0; i < limitMaxima.submissionsPerMinute; i++) {
      expect((await signUp()).status).toBe(201);
    }
    table.reset();
    expect((await signUp()).status).toBe(429);
    expect(
      table.calls.filter((call) => call.pk.startsWith('MEETING#') && call.command !== 'Get'),
    ).toEqual([]);
    expect(await harness.attendeeItems(meetingId)).toHaveLength(limitMaxima.submissionsPerMinute);
  });
});
