/**
 * Paging cursors: base64url JSON that the client hands back unchanged. Anything the
 * client sends is checked against a schema before it reaches DynamoDB, so a bad or
 * tampered cursor is a 400, never a 500 from a malformed ExclusiveStartKey.
 */
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

const base64url = /^[A-Za-z0-9_-]{1,4096}$/;

/** The cursor's content if it is well-formed and matches the schema; undefined otherwise. */
export function decodeCursor<T extends $ZodType>(
  cursor: string,
  schema: T,
): z.output<T> | undefined {
  if (!base64url.test(cursor)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const result = z.safeParse(schema, parsed);
  return result.success ? (result.data as z.output<T>) : undefined;
}

/** A key attribute as it may appear in a cursor. */
export const keyString = z.string().check(z.minLength(1), z.maxLength(1024));
