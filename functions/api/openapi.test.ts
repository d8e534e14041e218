/**
 * The OpenAPI document as outside tools see it: an independent OpenAPI 3.1 schema
 * validator, and Redocly's linter with its recommended rules. Both read the document the
 * API serves, so a route declared with a broken schema, no operationId or an undeclared
 * security scheme fails here.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi.ts';

// A copy as JSON, as a client downloads it from /api/openapi.json.
const served = () => JSON.parse(JSON.stringify(openApiDocument())) as Record<string, unknown>;

describe('the OpenAPI document, checked by outside tools', () => {
  it('is valid OpenAPI 3.1, every $ref resolving', async () => {
    const validator = new Validator();
    const result = await validator.validate(served());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it("passes Redocly's recommended rules without an error", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(served()),
      absoluteRef: '/api/openapi.json',
      config,
    });
    const summary = (severity: string) =>
      problems
        .filter((problem) => problem.severity === severity)
        .map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer ?? ''}`)
        .sort();
    expect(summary('error')).toEqual([]);
    // The warnings left, each on purpose: the portal has no licence to name, and the two
    // routes about the API itself and the forms challenge have no 4xx answer of their own.
    expect(summary('warn')).toEqual([
      'info-license #/info',
      'operation-4xx-response #/paths/~1api~1formuliercontrole/get/responses',
      'operation-4xx-response #/paths/~1api~1health/get/responses',
    ]);
  });
});
