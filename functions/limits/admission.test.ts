/**
 * The admission's failure paths, with a stand-in table (the normal paths run on dynalite
 * in test/integration/submission-rounds.test.ts and public-limits.test.ts): a give-back
 * that fails leaves the refusal standing; a count that fails is an error answer, never a
 * pass and never an unhandled rejection; a 'beside' handler that answers without asking
 * still gives the refusal.
 */
import { Hono } from 'hono';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import type { TableDeps } from '../core/table-deps.ts';
import { admission, admit, limitCheck, refusal, type Check } from './limit.ts';
import { perMinutes } from './window-counter.ts';

const conditionFailure = Object.assign(new Error('The conditional request failed'), {
  name: 'ConditionalCheckFailedException',
});

/** A table whose UpdateItem answers as `answer` says, by the `ADD` it is asked. */
function standIn(answer: (adds: number) => Promise<unknown>): TableDeps {
  const db = {
    send: vi.fn((command: { input: { ExpressionAttributeValues?: Record<string, unknown> } }) => {
      const values = command.input.ExpressionAttributeValues ?? {};
      return answer(Number(values[':one'] ?? values[':minusOne']));
    }),
  };
  return {
    db: db as unknown as DynamoDBDocumentClient,
    tableName: 't',
    clock: () => new Date('2026-11-24T09:30:00Z'),
  };
}

const limit = { name: 'test', max: 1, windows: perMinutes(1) };
const refuseAll: Check = async (c) => async () => ({ refusal: c.json({ message: 'nee' }, 429) });

function appWith(deps: TableDeps, checks: (deps: TableDeps) => Check[], wait: 'before' | 'beside') {
  const handled = vi.fn();
  const app = new Hono().post('/', admission(checks(deps), wait), async (c) => {
    handled();
    if (wait === 'beside' && !(await admit(c))) return refusal(c);
    return c.json({ ok: true }, 201);
  });
  return { app, handled };
}

const counted = (deps: TableDeps) => [
  refuseAll,
  limitCheck(deps, { limit, keyOf: () => 'k', whenOver: () => undefined, giveBack: true }),
];

describe('admission', () => {
  it('keeps the refusal when giving a count back fails', async () => {
    const deps = standIn((adds) =>
      adds === -1 ? Promise.reject(new Error('throttled')) : Promise.resolve({}),
    );
    const { app, handled } = appWith(deps, counted, 'beside');
    const response = await app.request('/', { method: 'POST' });
    expect(response.status).toBe(429);
    expect(handled).toHaveBeenCalledOnce();
    // The count, then its give-back.
    expect(vi.mocked(deps.db.send)).toHaveBeenCalledTimes(2);
  });

  it('gives nothing back for a count that did not count', async () => {
    const deps = standIn(() => Promise.reject(conditionFailure));
    const { app } = appWith(deps, counted, 'before');
    expect((await app.request('/', { method: 'POST' })).status).toBe(429);
    expect(vi.mocked(deps.db.send)).toHaveBeenCalledTimes(1);
  });

  it('answers with an error, not a pass, when a count fails, before or beside', async () => {
    for (const wait of ['before', 'beside'] as const) {
      const deps = standIn(() => Promise.reject(new Error('unavailable')));
      const only = (d: TableDeps) => [
        limitCheck(d, { limit, keyOf: () => 'k', whenOver: () => undefined }),
      ];
      const { app, handled } = appWith(deps, only, wait);
      const response = await app.request('/', { method: 'POST' });
      expect(response.status).toBe(500);
      expect(handled).toHaveBeenCalledTimes(wait === 'before' ? 0 : 1);
    }
  });

  it('gives the refusal when a beside handler answered without asking', async () => {
    const deps = standIn(() => Promise.resolve({}));
    const app = new Hono().post('/', admission([refuseAll], 'beside'), (c) =>
      c.json({ message: 'onbekend' }, 404),
    );
    const response = await app.request('/', { method: 'POST' });
    expect(response.status).toBe(429);
    expect(deps.db.send).not.toHaveBeenCalled();
  });
});
