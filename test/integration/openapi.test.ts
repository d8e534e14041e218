/**
 * The OpenAPI document describes every route the API app registers (read from the app, so
 * a new route cannot be left out), and each request body is the schema the route checks.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createApp } from '../../functions/api/app.ts';
import { openApiPath } from '../../functions/api/api-functions.ts';
import { openApiDocument } from '../../functions/api/openapi.ts';
import { routeDeclarations } from '../../functions/api/routes.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

// Only the route table is read: nothing is called, so no database is needed.
const app = createApp({
  db: {} as DynamoDBDocumentClient,
  tableName: 'unused',
  clock: () => new Date(),
  tenants: async () => undefined,
});

/** The back-office routes' bodies, keyed as the document names their operations. */
const backofficeOperations = Object.fromEntries(
  routeDeclarations
    .filter((route) => route.path.startsWith('/backoffice/'))
    .map((route) => [
      `${route.method.toUpperCase()} /api${route.path.replace(/:(\w+)/g, '{$1}')}`,
      { body: route.body?.schema },
    ]),
);

const registered = () => {
  const seen = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || !route.path.startsWith('/api/') || route.path.endsWith('*')) {
      continue;
    }
    seen.add(`${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
  }
  return [...seen].sort();
};

describe('the OpenAPI document', () => {
  it('describes every route the app has, and no route it lacks', () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
    const described = Object.entries(document.paths)
      .flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    const routes = registered();
    expect(routes.length).toBeGreaterThan(30);
    expect(described).toEqual(routes);
  });

  it('takes each back-office request body from the schema the route validates with', async () => {
    const document = openApiDocument() as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>
      >;
    };
    const accounts = document.paths['/api/backoffice/beheer/gebruikers']!.post!;
    const schema = accounts.requestBody!.content['application/json']!.schema as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(['name', 'role', 'steunpunt', 'swv', 'email']);
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'role', 'email']));
    for (const [key, operation] of Object.entries(backofficeOperations)) {
      if (!operation.body) continue;
      const [method, path] = key.split(' ') as [string, string];
      const body = document.paths[path]![method.toLowerCase()]!.requestBody;
      expect(body?.content['application/json']?.schema, key).toEqual(
        z.toJSONSchema(operation.body, { io: 'input', unrepresentable: 'any' }),
      );
    }
  });

  it('is built into the site at /api/openapi.json, not served by a function', async () => {
    // `npm test` builds the site first (build:site runs scripts/build-openapi.ts).
    const built = JSON.parse(
      await readFile(new URL(`../../site/dist${openApiPath}`, import.meta.url), 'utf8'),
    ) as { components: { securitySchemes: unknown } };
    expect(built).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expect(built.components.securitySchemes).toEqual({
      idToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    });
    expect((await app.request(openApiPath)).status).toBe(404);
  });
});
