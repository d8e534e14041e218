import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOriginSecret, originHeader } from './origin-guard.ts';

describe('origin guard', () => {
  it('accepts only the exact secret', () => {
    expect(isOriginSecret('s3cret-value', 's3cret-value')).toBe(true);
    expect(isOriginSecret('s3cret-valuE', 's3cret-value')).toBe(false);
    expect(isOriginSecret('s3cret', 's3cret-value')).toBe(false);
    expect(isOriginSecret('s3cret-value-and-more', 's3cret-value')).toBe(false);
    expect(isOriginSecret(undefined, 's3cret-value')).toBe(false);
    expect(isOriginSecret('', 's3cret-value')).toBe(false);
  });

  it('refuses everything when no secret is configured', () => {
    expect(isOriginSecret('anything', undefined)).toBe(false);
    expect(isOriginSecret('', '')).toBe(false);
  });

  describe('handler', () => {
    // The handler reads ORIGIN_SECRET when its module loads: load it afresh per test.
    beforeEach(() => {
      vi.resetModules();
    });
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    const event = (headers: Record<string, string>) =>
      ({ headers }) as unknown as APIGatewayRequestAuthorizerEventV2;

    it('authorizes a request that carries the configured secret, and no other', async () => {
      vi.stubEnv('ORIGIN_SECRET', 'from-the-stack');
      const { handler } = await import('./origin-guard.ts');
      await expect(handler(event({ [originHeader]: 'from-the-stack' }))).resolves.toEqual({
        isAuthorized: true,
      });
      await expect(handler(event({ [originHeader]: 'guessed' }))).resolves.toEqual({
        isAuthorized: false,
      });
      await expect(handler(event({}))).resolves.toEqual({ isAuthorized: false });
    });

    it('fails closed without ORIGIN_SECRET', async () => {
      vi.stubEnv('ORIGIN_SECRET', undefined);
      const { handler } = await import('./origin-guard.ts');
      await expect(handler(event({ [originHeader]: '' }))).resolves.toEqual({
        isAuthorized: false,
      });
      await expect(handler(event({ [originHeader]: 'undefined' }))).resolves.toEqual({
        isAuthorized: false,
      });
    });
  });
});
