/**
 * `hc<PortalApi>` (hono/client) knows every route's input and answers, because each
 * sub-app keeps Hono's typed chain. The type checks below are checked by tsc (npm run
 * typecheck); the calls run against the app itself.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { hc, type InferRequestType, type InferResponseType } from 'hono/client';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createApp, type PortalApi } from './app.ts';

const app = createApp({
  db: {} as DynamoDBDocumentClient,
  tableName: 'unused',
  clock: () => new Date(),
  tenants: async () => undefined,
});
const client = hc<PortalApi>('http://portaal.test', {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init),
});
const key = 'a-key-of-sixteen-chars';

describe('the typed client', () => {
  it('types a public POST: path, key header and body in, the reference and answer date out', async () => {
    const ask = client.api.swv[':swv'].vragen.$post;
    type Sent = InferRequestType<typeof ask>;
    expectTypeOf<Sent['param']>().toEqualTypeOf<{ swv: string }>();
    expectTypeOf<Sent['json']['question']>().toEqualTypeOf<string>();
    type Created = InferResponseType<typeof ask, 201>;
    expectTypeOf<Created>().toEqualTypeOf<{
      reference: string;
      createdAt: string;
      dueAt: string;
    }>();

    const response = await ask({
      param: { swv: 'bestaat-niet' },
      header: { 'idempotency-key': key },
      json: {} as Sent['json'],
    });
    // The body is checked before the tenant: an empty question is refused per field.
    expect(response.status).toBe(400);
    if (response.status === 400) {
      const problem = await response.json();
      expectTypeOf(problem.message).toEqualTypeOf<string>();
      expect(problem.message).toBe('Er is een probleem met de gegevens die je stuurde');
    }
  });

  it('types a back-office GET with a query: filters in, a page of cases out', async () => {
    const inbox = client.api.backoffice.cases.$get;
    type Query = InferRequestType<typeof inbox>['query'];
    expectTypeOf<Query['overdue']>().toEqualTypeOf<'0' | '1' | undefined>();
    type Page = InferResponseType<typeof inbox, 200>;
    expectTypeOf<Page['cursor']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Page['items'][number]['reference']>().toEqualTypeOf<string>();

    const response = await inbox({ query: { status: 'open' } });
    expect(response.status).toBe(401);
  });

  it('types a back-office POST with a body: the change in, the case out', async () => {
    const assign = client.api.backoffice.cases[':swv'][':caseId'].assign.$post;
    type Sent = InferRequestType<typeof assign>;
    expectTypeOf<Sent['param']['swv']>().toEqualTypeOf<string>();
    expectTypeOf<Sent['param']['caseId']>().toEqualTypeOf<string>();
    expectTypeOf<Sent['json']['version']>().toEqualTypeOf<number>();
    type Detail = InferResponseType<typeof assign, 200>;
    expectTypeOf<Detail['reference']>().toEqualTypeOf<string>();
    type Conflict = InferResponseType<typeof assign, 409>;
    expectTypeOf<Conflict['version']>().toEqualTypeOf<number>();
    expectTypeOf<Conflict['message']>().toExtend<string>();

    const response = await assign({
      param: { swv: 'po-haarlemmermeer', caseId: 'case-1' },
      header: { 'idempotency-key': key },
      json: { version: 1 } as Sent['json'],
    });
    expect(response.status).toBe(401);
  });
});
