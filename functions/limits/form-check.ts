/**
 * The public forms' check that a person, not a script, sends: a honeypot field people
 * never see (the form kit sends it only when something filled it in) and the
 * proof-of-work in a header. Either one wrong: 400 with a B1 message, nothing stored.
 * A check for `admission` (limit.ts): the honeypot and the proof's signature, hash and
 * expiry are decided without the table, before anything is written; the proof's mark is
 * its write, made beside the other checks' writes.
 */
import type { Context } from 'hono';
import type { TableDeps } from '../core/table-deps.ts';
import { log } from '../lib/log.ts';
import type { Check } from './limit.ts';
import { limitMessages } from './limit-messages.ts';
import { checkProof, markProofUsed, type ProofSettings } from './proof-of-work.ts';
import { honeypotField, proofHeader } from './proof-schema.ts';

export function formCheck(deps: TableDeps, settings: ProofSettings): Check {
  const refuse = (c: Context, status: string) => {
    log.warn('form-check.refused', { status, route: c.req.routePath });
    return c.json({ message: limitMessages.formCheck }, 400);
  };
  return async (c) => {
    // The body as sent (Hono keeps it parsed): the route's schema leaves the trap field out.
    const body: unknown = await c.req.json().catch(() => undefined);
    const trap =
      typeof body === 'object' && body !== null
        ? (body as Record<string, unknown>)[honeypotField]
        : undefined;
    if (trap !== undefined && trap !== '') return refuse(c, 'honeypot');
    const checked = checkProof(settings, c.req.header(proofHeader), deps.clock());
    if (typeof checked === 'string') return refuse(c, checked);
    return async () => ((await markProofUsed(deps, checked)) ? {} : { refusal: refuse(c, 'used') });
  };
}
