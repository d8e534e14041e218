/**
 * The public forms' check that a person, not a script, sends: a honeypot field people
 * never see (the form kit sends it only when something filled it in) and the
 * proof-of-work in a header. Either one wrong: 400 with a B1 message, nothing stored.
 * A check for `allOf` (limit.ts), so it runs beside the client's count, not after it.
 */
import type { TableDeps } from '../core/table-deps.ts';
import { log } from '../lib/log.ts';
import type { Check } from './limit.ts';
import { limitMessages } from './limit-messages.ts';
import { verifyProof, type ProofSettings } from './proof-of-work.ts';
import { honeypotField, proofHeader } from './proof-schema.ts';

export function formCheck(deps: TableDeps, settings: ProofSettings): Check {
  return async (c) => {
    // Hono keeps the parsed body, so the route's own check reads it again for free.
    const body: unknown = await c.req.json().catch(() => undefined);
    const trap =
      typeof body === 'object' && body !== null
        ? (body as Record<string, unknown>)[honeypotField]
        : undefined;
    const verdict =
      trap !== undefined && trap !== ''
        ? 'honeypot'
        : await verifyProof(deps, settings, c.req.header(proofHeader));
    if (verdict !== 'ok') {
      log.warn('form-check.refused', { status: verdict, route: c.req.routePath });
      return c.json({ message: limitMessages.formCheck }, 400);
    }
    return undefined;
  };
}
