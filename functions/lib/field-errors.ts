import * as z from 'zod/mini';
import type { $ZodError } from 'zod/v4/core';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * One message per field, the first zod found, in the order the form shows the fields:
 * the shape both the error summary and the API's 400 answer use.
 */
export function fieldErrors(error: $ZodError, order: readonly string[]): FieldError[] {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  const rank = (field: string) => {
    const index = order.indexOf(field);
    return index === -1 ? order.length : index;
  };
  return [...byField]
    .map(([field, message]) => ({ field, message }))
    .sort((a, b) => rank(a.field) - rank(b.field));
}

export const problemBody = z
  .object({
    message: z.string(),
    errors: z.optional(z.array(z.object({ field: z.string(), message: z.string() }))),
  })
  .register(z.globalRegistry, { id: 'Problem' });

export type ProblemBody = z.infer<typeof problemBody>;
