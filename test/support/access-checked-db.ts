/**
 * A document client that refuses, as IAM would, every call outside a function's declared
 * table access (functions/api/public-access.ts). Wrap the real client with it and run the
 * function's routes: what passes is what the deployed role allows.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keyMatches, type TableGrant } from '../../functions/api/public-access.ts';

export class AccessDenied extends Error {
  override name = 'AccessDeniedException';
}

interface CommandShape {
  constructor: { name: string };
  input: {
    Key?: { pk?: unknown };
    Item?: { pk?: unknown };
    RequestItems?: Record<string, { Keys?: { pk?: unknown }[] }>;
    ProjectionExpression?: string;
    ExpressionAttributeNames?: Record<string, string>;
    IndexName?: string;
    KeyConditionExpression?: string;
    ExpressionAttributeValues?: Record<string, unknown>;
  };
}

/** The command's action and the partition key it touches (a query's from its `:pk`-style value). */
function describe(command: CommandShape) {
  const name = command.constructor.name.replace(/Command$/, '');
  // The document client's commands are named after the item calls they make.
  const action = ['Get', 'Put', 'Update', 'Delete', 'BatchGet', 'BatchWrite'].includes(name)
    ? `${name}Item`
    : name;
  const { input } = command;
  if (action === 'Query') {
    const name = /^\s*#?(\w+)\s*=\s*(:\w+)/.exec(input.KeyConditionExpression ?? '');
    const key = name ? input.ExpressionAttributeValues?.[name[2]!] : undefined;
    return { action, index: input.IndexName, key: typeof key === 'string' ? key : undefined };
  }
  if (action === 'BatchGetItem') {
    const keys = Object.values(input.RequestItems ?? {}).flatMap((r) => r.Keys ?? []);
    const pks = [...new Set(keys.map((k) => String(k.pk)))];
    // IAM checks every key of the batch; a batch over one partition kind reads as one here.
    return { action, index: undefined, key: pks.length === 1 ? pks[0] : pks.join('|') };
  }
  const key = input.Key?.pk ?? input.Item?.pk;
  return { action, index: undefined, key: typeof key === 'string' ? key : undefined };
}

/** The attributes a read names in its projection, or undefined when it reads them all. */
function projected(command: CommandShape): string[] | undefined {
  const { ProjectionExpression: projection, ExpressionAttributeNames: names = {} } = command.input;
  return projection?.split(',').map((part) => names[part.trim()] ?? part.trim());
}

export function allows(grants: readonly TableGrant[], command: CommandShape): boolean {
  const { action, index, key } = describe(command);
  if (key === undefined) return false;
  const keys = action === 'BatchGetItem' ? key.split('|') : [key];
  const reads = projected(command);
  return grants.some(
    (grant) =>
      (grant.actions as readonly string[]).includes(action) &&
      grant.index === index &&
      keys.every((one) => grant.keys.some((pattern) => keyMatches(pattern, one))) &&
      (!grant.attributes || (reads?.every((name) => grant.attributes!.includes(name)) ?? false)),
  );
}

/** Every call the wrapped client made, allowed or not, for a test to read. */
export interface AccessLog {
  calls: {
    action: string;
    index?: string | undefined;
    key?: string | undefined;
    allowed: boolean;
  }[];
}

export function accessChecked(
  db: DynamoDBDocumentClient,
  grants: readonly TableGrant[],
  log: AccessLog = { calls: [] },
): DynamoDBDocumentClient {
  const send = db.send.bind(db) as (command: unknown) => Promise<unknown>;
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver) as unknown;
      return async (command: CommandShape) => {
        const allowed = allows(grants, command);
        log.calls.push({ ...describe(command), allowed });
        if (!allowed) throw new AccessDenied(`not allowed: ${JSON.stringify(describe(command))}`);
        return send(command);
      };
    },
  });
}
