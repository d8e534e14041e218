import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

export interface CaughtMail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  replyTo: string[];
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

export interface LocalSes {
  endpoint: string;
  /** The web page of aws-ses-v2-local that lists every mail caught. */
  inboxUrl: string;
  mails(): Promise<CaughtMail[]>;
  close(): Promise<void>;
}

// aws-ses-v2-local is CommonJS with a default export.
const require = createRequire(import.meta.url);
type StartSes = (config: { host: string; port: number }) => Promise<Server>;
const sesModule = require('aws-ses-v2-local') as { default?: StartSes };
const startSes = (sesModule.default ?? sesModule) as StartSes;

export async function startLocalSes(port = 0): Promise<LocalSes> {
  const server = await startSes({ host: '127.0.0.1', port });
  const address = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${address.port}`;
  return {
    endpoint,
    inboxUrl: `http://localhost:${address.port}/`,
    async mails() {
      const response = await fetch(`${endpoint}/store`);
      const body = (await response.json()) as { emails: CaughtMail[] };
      return body.emails;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
