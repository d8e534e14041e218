/**
 * A local Cognito for the account calls' integration tests: cognito-local (5.3.0) in a
 * child process with its own temporary store, on a free port. It answers the Admin*
 * calls the beheer uses, with two gaps (test/integration/cognito-local.test.ts says which).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { roles } from '../../functions/auth/principal.ts';

const require = createRequire(import.meta.url);

export interface LocalCognito {
  client: CognitoIdentityProviderClient;
  /** A pool like infra/auth.ts makes: the custom attributes and one group per role. */
  userPoolId: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function started(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`cognito-local did not start: ${output}`)),
      20_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Cognito Local running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`cognito-local stopped (${code}): ${output}`)));
  });
}

export async function startLocalCognito(): Promise<LocalCognito> {
  const dir = await mkdtemp(join(tmpdir(), 'cognito-local-'));
  const port = await freePort();
  const child = spawn(process.execPath, [require.resolve('cognito-local/lib/bin/start.js')], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    child.kill();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await started(child);
    const client = new CognitoIdentityProviderClient({
      region: 'eu-west-1',
      endpoint: `http://127.0.0.1:${port}`,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const pool = await client.send(
      new CreateUserPoolCommand({
        PoolName: 'steunpunt-portaal',
        Schema: [
          { Name: 'steunpunt', AttributeDataType: 'String', Mutable: true },
          { Name: 'swv', AttributeDataType: 'String', Mutable: true },
        ],
      }),
    );
    const userPoolId = pool.UserPool!.Id!;
    for (const role of roles) {
      await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: role }));
    }
    return {
      client,
      userPoolId,
      stop: async () => {
        client.destroy();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
