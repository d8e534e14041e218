/**
 * Question submissions against the local portal, one at a time and 50 concurrent, next
 * to a bare node:http handler that does one DynamoDB put, both against one in-memory
 * dynalite in this process. A new question waits for two rounds of calls (public-intake.ts):
 * the limits' three writes and the reference number side by side, then the case's write.
 *
 * Dynalite in this process answers in CPU time only, on the same thread as both servers,
 * so here five calls side by side cost about as much as five one after another. In AWS a
 * DynamoDB call is mostly waiting on the network, and calls side by side wait once. The
 * last run adds the same wait to every DynamoDB call in this process, for both servers
 * alike, to show what the rounds cost where waiting dominates: a model, not a measurement
 * of AWS.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../functions/lib/dynamo-client.ts';
import { configFromEnv } from '../functions/lib/config.ts';
import { defaultFormProof } from '../functions/api/public-limits.ts';
import { encodeSolution, issueChallenge } from '../functions/limits/proof-of-work.ts';
import { proofHeader } from '../functions/limits/proof-schema.ts';
import type { Portal } from '../scripts/portal.ts';
import { percentile, ratio, table } from './stats.ts';

const body = JSON.stringify({
  role: 'ouder',
  topic: 'ondersteuning',
  question: 'Mijn kind krijgt op school niet de hulp die het nodig heeft. Wat kan ik doen?',
  schoolType: 'po',
  gemeente: 'Haarlemmermeer',
  contactChannel: 'email',
  email: 'bench@example.nl',
  consent: true,
});

/** The portal's LIMIT_SECRET in the benchmark run (run.ts), so proofs need no search. */
export const benchLimitSecret = 'bench-limit-secret';

/** A right proof-of-work, as the form kit sends it; the number is known, not searched. */
function proof(): string {
  const challenge = issueChallenge(
    { secret: benchLimitSecret, ...defaultFormProof },
    new Date(),
    0,
  );
  const { algorithm, salt, signature } = challenge;
  return encodeSolution({ algorithm, challenge: challenge.challenge, number: 0, salt, signature });
}

interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  p50: number;
  p99: number;
}

async function load(url: string, total: number, concurrency: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < total) {
      next++;
      const t = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
          // The bare server ignores it; the portal checks it and marks it used.
          [proofHeader]: proof(),
        },
        body,
      });
      await response.arrayBuffer();
      if (response.status !== 201) failures++;
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: total,
    failures,
    seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** The baseline: parse the body, one PutItem, answer 201. No validation, no idempotency. */
async function startBareServer(): Promise<Server> {
  const config = configFromEnv();
  const db = createDocumentClient(config);
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const input = JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>;
    const id = randomUUID();
    await db.send(
      new PutCommand({
        TableName: config.tableName,
        Item: { pk: `BENCH#${id}`, sk: 'Q', ...input },
      }),
    );
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.on('close', () => db.destroy());
  return server;
}

/**
 * Every DynamoDB call in this process (both servers use the document client) waits `ms`
 * before it is sent, as a network round trip would; returns the undo.
 */
function addRoundTrip(ms: number): () => void {
  type Send = (...args: unknown[]) => Promise<unknown>;
  const prototype = DynamoDBDocumentClient.prototype as unknown as { send: Send };
  const own = Object.getOwnPropertyDescriptor(prototype, 'send');
  const send = prototype.send;
  prototype.send = async function (this: unknown, ...args: unknown[]) {
    await sleep(ms);
    return send.apply(this, args);
  };
  return () => {
    if (own) Object.defineProperty(prototype, 'send', own);
    else delete (prototype as Partial<{ send: Send }>).send;
  };
}

/**
 * At concurrency 1 a request's own cost shows; at 50, how the portal holds up under load;
 * with a modelled round trip, what its rounds cost where waiting, not CPU, dominates.
 */
const runs = [
  { concurrency: 1, total: 500, roundTripMs: 0 },
  { concurrency: 50, total: 2000, roundTripMs: 0 },
  { concurrency: 1, total: 300, roundTripMs: 5 },
];

export async function benchSubmissions(portal: Portal) {
  const bare = await startBareServer();
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
  const portalUrl = `${portal.url}/api/swv/po-haarlemmermeer/vragen`;
  const results = [];
  try {
    for (const { concurrency, total, roundTripMs } of runs) {
      const undo = roundTripMs > 0 ? addRoundTrip(roundTripMs) : () => undefined;
      let baseline: LoadResult;
      let portalResult: LoadResult;
      try {
        // Warm both up so neither pays for first-use costs inside the measurement.
        await load(bareUrl, 100, concurrency);
        await load(portalUrl, 100, concurrency);
        baseline = await load(bareUrl, total, concurrency);
        portalResult = await load(portalUrl, total, concurrency);
      } finally {
        undo();
      }
      const wait = roundTripMs > 0 ? `, ${roundTripMs} ms added to every DynamoDB call` : '';
      console.log(
        `\nQuestion submissions: ${total} requests, ${concurrency} concurrent, local dynalite${wait}`,
      );
      const row = (name: string, r: LoadResult) => ({
        server: name,
        'req/s': (r.requests / r.seconds).toFixed(0),
        'p50 ms': r.p50.toFixed(1),
        'p99 ms': r.p99.toFixed(1),
        failures: r.failures,
      });
      table([
        row('bare node:http + 1 PutItem (baseline)', baseline),
        row('portal API', portalResult),
      ]);
      console.log(
        `portal vs baseline: throughput ${ratio(portalResult.requests / portalResult.seconds, baseline.requests / baseline.seconds)}, p50 ${ratio(portalResult.p50, baseline.p50)}, p99 ${ratio(portalResult.p99, baseline.p99)}`,
      );
      results.push({ concurrency, roundTripMs, baseline, portal: portalResult });
    }
    return results;
  } finally {
    await new Promise((resolve) => bare.close(resolve));
  }
}
