/**
 * A mail is retried in one place only. Between the portal's real SES client and the local
 * SES sits a proxy that passes each request on but, while "losing", cuts the connection the
 * moment SES answers: SES has the mail, the worker never hears so. Then the worker's own
 * retry is the only extra copy (the SDK's default retries used to make it four).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSesClient, sesCallSettings } from '../../functions/lib/ses-client.ts';
import { defaultLeaseMs, drainOutbox } from '../../functions/mail/mail-worker.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { caseKey } from '../../functions/cases/case-keys.ts';
import {
  localWorker,
  startLocalAws,
  testTenant,
  validQuestion,
  type LocalAws,
} from '../support/local-aws.ts';
import { readItem } from '../support/table-reads.ts';

interface AnswerProxy {
  endpoint: string;
  /** Requests that reached SES through the proxy. */
  forwarded: number;
  /** `lose`: cut the connection as SES answers; `hold`: keep the answer, never reply. */
  mode: 'pass' | 'lose' | 'hold';
  close(): Promise<void>;
}

async function answerProxy(target: string): Promise<AnswerProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const proxy: AnswerProxy = { endpoint: '', forwarded: 0, mode: 'pass', close: async () => {} };
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => {
      // One request per chunk run is enough to count: the SDK sends each call at once.
      if (chunk.toString('latin1').startsWith('POST ')) proxy.forwarded++;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (proxy.mode === 'lose') {
        client.destroy();
        upstream.destroy();
      } else if (proxy.mode === 'pass') client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    // A held answer stays held, even when SES closes its idle connection meanwhile.
    upstream.on('close', () => proxy.mode !== 'hold' && end()).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return proxy;
}

let aws: LocalAws;
let proxy: AnswerProxy;
const tenant = testTenant('swv-lost-answer');

beforeAll(async () => {
  aws = await startLocalAws();
  proxy = await answerProxy(aws.localSes.endpoint);
});
afterAll(async () => {
  await proxy.close();
  await aws.stop();
});

/** A question whose confirmation goes through the proxy, and a worker to send it. */
async function questionThroughProxy() {
  const clock = { now: new Date('2026-11-24T10:00:00Z') };
  const ses = createSesClient({
    tableName: aws.tableName,
    region: 'eu-west-1',
    mailFrom: 'Steunpunt <noreply@steunpunt-portaal.example>',
    sesEndpoint: proxy.endpoint,
  });
  const worker = localWorker(aws, () => clock.now, { ses });
  const key = randomUUID();
  const email = `ouder-${key}@example.nl`;
  await submitQuestion(
    { db: aws.db, tableName: aws.tableName, clock: () => clock.now },
    tenant,
    questionInput.parse(validQuestion({ email })),
    key,
  );
  return {
    clock,
    worker,
    copies: async () =>
      (await aws.localSes.mails()).filter((mail) => mail.destination.to.includes(email)).length,
    entry: async () => {
      const item = (await readItem(aws, caseKey(tenant.slug, key)))!;
      return Object.values(item.mails as Record<string, Record<string, unknown>>)[0]!;
    },
    stop: () => ses.destroy(),
  };
}

describe('a lost SES answer', () => {
  it('gives one extra copy at most: the worker retries, the SDK does not', async () => {
    const sending = await questionThroughProxy();
    const before = proxy.forwarded;

    proxy.mode = 'lose';
    expect(await drainOutbox(sending.worker)).toMatchObject({ sent: 0, retried: 1 });
    // SES has the mail once: one attempt, no SDK retry behind the worker's back.
    expect(proxy.forwarded - before).toBe(1);
    expect(await sending.copies()).toBe(1);
    expect(await sending.entry()).toMatchObject({ status: 'pending', attempts: 1 });

    proxy.mode = 'pass';
    sending.clock.now = new Date(sending.clock.now.getTime() + 60_000);
    expect(await drainOutbox(sending.worker)).toMatchObject({ sent: 1 });
    expect(proxy.forwarded - before).toBe(2);
    expect(await sending.copies()).toBe(2);
    sending.stop();
  });

  it('gives up on an answer that never comes within the request timeout, well inside the lease', async () => {
    const sending = await questionThroughProxy();
    const before = proxy.forwarded;

    proxy.mode = 'hold';
    const started = Date.now();
    expect(await drainOutbox(sending.worker)).toMatchObject({ sent: 0, retried: 1 });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(sesCallSettings.requestTimeoutMs - 500);
    expect(waited).toBeLessThan(defaultLeaseMs / 4);
    expect(proxy.forwarded - before).toBe(1);
    // The worker recorded the failure itself, under its own lease, and will try again.
    expect(await sending.entry()).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'TimeoutError',
    });

    proxy.mode = 'pass';
    sending.clock.now = new Date(sending.clock.now.getTime() + 60_000);
    expect(await drainOutbox(sending.worker)).toMatchObject({ sent: 1 });
    // SES had taken the held one: that is the window left, one extra copy.
    expect(await sending.copies()).toBe(2);
    sending.stop();
  }, 30_000);
});
