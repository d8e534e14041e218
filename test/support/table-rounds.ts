/**
 * The table as `aws`, but recording each call's place in the chain of waits: a call's
 * round is one more than the highest round of the calls that had finished when it was
 * sent. Calls sent side by side share a round; a call sent after another's answer is in a
 * later one. So a test can prove how many round trips a request waits for, with no timing.
 */
import type { LocalAws } from './local-aws.ts';

export interface TableCall {
  /** The command's name without `Command`: `Put`, `Update`, `Get`, `Query`. */
  command: string;
  /** The key's partition (or the item's), naming what was touched. */
  pk: string;
  round: number;
}

export interface TableRounds {
  calls: TableCall[];
  /** How many rounds the calls so far took one after another. */
  rounds(): number;
  reset(): void;
}

export function roundsTable(aws: Pick<LocalAws, 'db' | 'tableName'>): {
  deps: Pick<LocalAws, 'db' | 'tableName'>;
  table: TableRounds;
} {
  let calls: TableCall[] = [];
  // The highest round among calls that have finished.
  let finished = 0;
  const table: TableRounds = {
    get calls() {
      return calls;
    },
    rounds: () => Math.max(0, ...calls.map((call) => call.round)),
    reset() {
      calls = [];
      finished = 0;
    },
  };
  const db = new Proxy(aws.db, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver) as unknown;
      return async (command: Parameters<typeof target.send>[0]) => {
        const input = command.input as { Key?: { pk?: unknown }; Item?: { pk?: unknown } };
        const call: TableCall = {
          command: command.constructor.name.replace(/Command$/, ''),
          pk: String(input.Key?.pk ?? input.Item?.pk ?? ''),
          round: finished + 1,
        };
        calls.push(call);
        try {
          return await target.send(command);
        } finally {
          finished = Math.max(finished, call.round);
        }
      };
    },
  });
  return { deps: { db, tableName: aws.tableName }, table };
}
