/**
 * The whole portal on one local origin: the built site, the API under /api (the very
 * app object the Lambda serves), dynalite, a local SES and the mail worker as a poller.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Hono, type MiddlewareHandler } from 'hono';
import { startLocalDynamo, ensureTable } from './local/local-dynamo.ts';
import { startLocalSes, type CaughtMail } from './local/local-ses.ts';
import { seedDemoData } from './local/demo-data.ts';
import { registeredUsers } from './local/demo-accounts.ts';
import type { DemoUser } from './local/demo-users.ts';
import { createLocalIdp, localIdpPath } from './local/local-idp.ts';
import { builtSiteScriptHashes, securityHeaders } from '../functions/lib/security-headers.ts';

export const siteDist = new URL('../site/dist/', import.meta.url).pathname;

export interface PortalOptions {
  /** 0 picks a free port. */
  port?: number;
  sesPort?: number;
  /** Where dynalite keeps its data; in memory when left out. */
  dataDir?: string;
  /**
   * Where the local sign-in keeps its signing key, so tokens survive a restart. Defaults to
   * `idp-key.json` next to dataDir (`.data/idp-key.json` for `npm start`); without a dataDir
   * every start makes a new key.
   */
  idpKeyFile?: string;
  seed?: boolean;
  workerIntervalMs?: number;
  privacyIntervalMs?: number;
}

export interface Portal {
  url: string;
  mailUrl: string;
  mails(): Promise<CaughtMail[]>;
  /** Runs the mail worker once now, as the poller would. */
  drainMail(): Promise<void>;
  /** Runs the privacy jobs (monitor facts, retention) once now, as the poller would. */
  runPrivacyJobs(): Promise<void>;
  stop(): Promise<void>;
}

let startedInThisProcess = false;

/** What API Gateway takes in one request; it reads that much before the function runs. */
const gatewayPayloadBytes = 10 * 1024 * 1024;

/**
 * Reads a request's whole body before the app sees it, as API Gateway does in front of the
 * Lambda. The API answers a body over its limit with 413 without reading it; left unread,
 * @hono/node-server drains the rest for 500 ms and then destroys the socket, so the next
 * request on that keep-alive connection was reset. Read here, the connection stays usable.
 * Past API Gateway's own limit the answer is 413 and the connection is closed, as there.
 */
const readWholeBody: MiddlewareHandler = async (c, next) => {
  const body = c.req.raw.body;
  if (!body) return next();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > gatewayPayloadBytes) {
      c.header('connection', 'close');
      return c.json({ message: 'Request Entity Too Large' }, 413);
    }
    chunks.push(chunk);
  }
  c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks) });
  return next();
};

export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  // The apps read their settings once, when first imported (as a Lambda does), so a second
  // portal in the same process would talk to the first one's stopped services.
  if (startedInThisProcess) throw new Error('startPortal can run once per process');
  startedInThisProcess = true;
  if (!existsSync(`${siteDist}index.html`)) {
    throw new Error('site/dist is missing: run `npm run build:site` first');
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });

  // Listen first: the local sign-in's issuer URL carries the port, and the API reads the
  // issuer from the environment when it is imported. Requests wait for the app below.
  let fetchApp: (request: Request, env: unknown) => Response | Promise<Response> = () =>
    new Response('Het portaal start nog', { status: 503 });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve(
      {
        fetch: (request, env) => fetchApp(request, env),
        port: options.port ?? 0,
        hostname: '127.0.0.1',
      },
      () => resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const closeServer = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ('closeAllConnections' in server) server.closeAllConnections();
    });

  const keyFile =
    options.idpKeyFile ??
    (options.dataDir ? join(dirname(options.dataDir), 'idp-key.json') : undefined);
  // The issuer starts before the table: it reads the account register once the table is there.
  let signInUsers: () => Promise<readonly DemoUser[]> = async () => [];
  const idp = await createLocalIdp({ port, keyFile, users: () => signInUsers() }).catch(
    async (error: unknown) => {
      await closeServer();
      throw error;
    },
  );
  const dynamo = await startLocalDynamo(options.dataDir).catch(async (error: unknown) => {
    await closeServer();
    throw error;
  });
  const ses = await startLocalSes(options.sesPort ?? 0).catch(async (error: unknown) => {
    await closeServer();
    await dynamo.close();
    throw error;
  });

  // The apps read their settings from the environment, as in Lambda.
  Object.assign(process.env, {
    TABLE_NAME: 'steunpunt-portal',
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    SES_ENDPOINT: ses.endpoint,
    MAIL_FROM: 'Ouder- en jeugdsteunpunt <noreply@steunpunt-portaal.example>',
    // Links in mails (a meeting's cancel link) point at this very portal.
    SITE_ORIGIN: `http://localhost:${port}`,
    ...idp.env,
  });
  const tableName = process.env.TABLE_NAME!;
  const admin = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'eu-west-1' });
  try {
    await ensureTable(admin, tableName);
  } catch (error) {
    await closeServer();
    await ses.close();
    await dynamo.close();
    throw error;
  } finally {
    admin.destroy();
  }

  const { app: api } = await import('../functions/api/default-app.ts');
  const { openApiPath } = await import('../functions/api/api-functions.ts');
  const { workerDeps } = await import('../functions/mail-worker/default-worker.ts');
  const { drainOutbox } = await import('../functions/mail/mail-worker.ts');
  const { tellMeetingNews } = await import('../functions/meetings/meeting-news.ts');
  const { jobDeps } = await import('../functions/retention-job/default-job.ts');
  const { runPrivacyJobs } = await import('../functions/privacy/privacy-jobs.ts');

  if (options.seed ?? true) await seedDemoData(workerDeps.db, tableName, new Date());
  signInUsers = () => registeredUsers({ db: workerDeps.db, tableName });

  // The same headers as CloudFront sends, CSP included, on every answer (pages, API, sign-in).
  const headers = securityHeaders({ scriptHashes: builtSiteScriptHashes(siteDist) });
  const root = new Hono();
  root.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  });
  root.use('*', readWholeBody);
  // A file of the built site, as CloudFront serves it from the bucket (scripts/build-openapi.ts).
  root.get(openApiPath, serveStatic({ root: siteDist }));
  root.route('/', api);
  root.route(localIdpPath, idp.app);
  root.use('/*', serveStatic({ root: siteDist }));
  root.notFound(async (c) => {
    const page = `${siteDist}404.html`;
    return existsSync(page)
      ? c.html(await readFile(page, 'utf8'), 404)
      : c.text('Niet gevonden', 404);
  });

  fetchApp = root.fetch;

  // The local stand-in for the scheduled worker Lambda: same code, run every interval.
  let draining: Promise<unknown> = Promise.resolve();
  const drain = () => {
    draining = draining.then(() =>
      tellMeetingNews(workerDeps)
        .catch((error: Error) => console.error(`meeting news: ${error.name}`))
        .then(() => drainOutbox(workerDeps))
        .catch((error: Error) => console.error(`mail worker: ${error.name}`)),
    );
    return draining.then(() => undefined);
  };
  const timer = setInterval(drain, options.workerIntervalMs ?? 1000);

  // The local stand-in for the scheduled retention-job Lambda: monitor facts, then erasures.
  let privacyRun: Promise<unknown> = Promise.resolve();
  const runPrivacy = () => {
    privacyRun = privacyRun.then(() =>
      runPrivacyJobs(jobDeps).catch((error: Error) => console.error(`privacy jobs: ${error.name}`)),
    );
    return privacyRun.then(() => undefined);
  };
  const privacyTimer = setInterval(runPrivacy, options.privacyIntervalMs ?? 10_000);

  return {
    url: `http://localhost:${port}`,
    mailUrl: ses.inboxUrl,
    mails: () => ses.mails(),
    drainMail: drain,
    runPrivacyJobs: runPrivacy,
    async stop() {
      clearInterval(timer);
      clearInterval(privacyTimer);
      await draining;
      await privacyRun;
      await closeServer();
      workerDeps.db.destroy();
      workerDeps.ses.destroy();
      jobDeps.db.destroy();
      await ses.close();
      await dynamo.close();
    },
  };
}
