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
import { createSesClient, sesCallSettings } from '../../functions/lib/aws-clients.ts';
import {
  defaultLeaseMs,
  drainOutbox,
  type MailWorkerDeps,
} from '../../functions/mail/mail-worker.ts';
import { mailTemplates } from '../../functions/mail-worker/mail-templates.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { caseKey } from '../../functions/cases/case-keys.ts';
import { startLocalAws, testTenant, validQuestion, type LocalAws } from '../support/local-aws.ts';
import { readItem } from '../support/table-reads.ts';

interface AnswerProxy {
  endpoint: string;
  /** Requests that reached SES through the proxy. */
  forwarded: number;
  losing: boolean;
  close(): Promise<void>;
}

async function answerProxy(target: string): Promise<AnswerProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const proxy: AnswerProxy = { endpoint: '', forwarded: 0, losing: false, close: async () => {} };
  const server: Server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => {
      // One request per chunk run is enough to count: the SDK sends each call at once.
      if (chunk.toString('latin1').startsWith('POST ')) proxy.forwarded++;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (proxy.losing) {
        client.destroy();
        upstream.destroy();
      } else client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
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

describe('a lost SES answer', () => {
  it('gives one extra copy at most: the worker retries, the SDK does not', async () => {
    let now = new Date('2026-11-24T10:00:00Z');
    const ses = createSesClient({
      tableName: aws.tableName,
      region: 'eu-west-1',
      mailFrom: 'Steunpunt <noreply@steunpunt-portaal.example>',
      sesEndpoint: proxy.endpoint,
    });
    const worker: MailWorkerDeps = {
      db: aws.db,
      ses,
      tableName: aws.tableName,
      mailFrom: 'Steunpunt <noreply@steunpunt-portaal.example>',
      templates: mailTemplates,
      clock: () => now,
      random: () => 0.5,
    };
    const key = randomUUID();
    const email = `ouder-${key}@example.nl`;
    await submitQuestion(
      { db: aws.db, tableName: aws.tableName, clock: () => now },
      tenant,
      questionInput.parse(validQuestion({ email })),
      key,
    );
    const copies = async () =>
      (await aws.localSes.mails()).filter((mail) => mail.destination.to.includes(email)).length;

    proxy.losing = true;
    expect(await drainOutbox(worker)).toMatchObject({ sent: 0, retried: 1 });
    // SES has the mail once: one attempt, no SDK retry behind the worker's back.
    expect(proxy.forwarded).toBe(1);
    expect(await copies()).toBe(1);
    const afterLoss = (await readItem(aws, caseKey(tenant.slug, key)))!;
    const entry = Object.values(afterLoss.mails as Record<string, Record<string, unknown>>)[0]!;
    expect(entry).toMatchObject({ status: 'pending', attempts: 1 });

    proxy.losing = false;
    now = new Date(now.getTime() + 60_000);
    expect(await drainOutbox(worker)).toMatchObject({ sent: 1 });
    expect(proxy.forwarded).toBe(2);
    expect(await copies()).toBe(2);
    ses.destroy();
  });

  it('gives up on a call well within the lease, so the worker records its own outcome', () => {
    expect(sesCallSettings.maxAttempts).toBe(1);
    expect(sesCallSettings.connectionTimeoutMs + sesCallSettings.requestTimeoutMs).toBeLessThan(
      defaultLeaseMs / 4,
    );
  });
});
