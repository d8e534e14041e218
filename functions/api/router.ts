import { OpenAPIHono } from '@hono/zod-openapi';
import { fieldErrors } from '../lib/field-errors.ts';

export const invalidInputMessage = 'Er is een probleem met de gegevens die je stuurde';

/**
 * A router whose failed validations answer 400 with Dutch messages per field, in the
 * shape the forms show them (one per field, in form order).
 */
export function newRouter(fieldOrder: readonly string[] = []) {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      if (result.target === 'header') {
        return c.json(
          {
            message: 'De aanvraag mist een geldige Idempotency-Key. Laad de pagina opnieuw.',
            errors: [{ field: 'form', message: 'Laad de pagina opnieuw en probeer het nog eens' }],
          },
          400,
        );
      }
      return c.json({ message: invalidInputMessage, errors: fieldErrors(result.error, fieldOrder) }, 400);
    },
  });
}
