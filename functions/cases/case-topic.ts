/**
 * Reclassifying a case: a medewerker gives it another of the steunpunt's topics (daily
 * triage work). One versioned, idempotent write like the other changes (case-update.ts):
 * the history line says from which topic to which, and the case is queued for the fact
 * sync in the same write, so the monitor counts it under its new topic.
 */
import type * as z from 'zod/mini';
import { factDirtyAttributes } from './case-fact-mark.ts';
import { topicAllowed } from '../topics/topic-store.ts';
import type { Staff } from '../auth/tenant-access.ts';
import type { CaseTarget } from './case-changes.ts';
import type { CaseDeps } from './case-deps.ts';
import type { topicInput } from './changes-input.ts';
import { changeCase, type ChangeOutcome, type Plan } from './case-update.ts';

export async function changeTopic(
  deps: CaseDeps,
  staff: Staff,
  target: CaseTarget,
  input: z.output<typeof topicInput>,
  idempotencyKey: string,
): Promise<ChangeOutcome> {
  if (!(await topicAllowed(deps, staff.steunpunt, input.topic))) {
    return {
      kind: 'reject',
      status: 400,
      message: 'Kies een onderwerp uit de lijst',
      field: 'topic',
    };
  }
  return changeCase(
    deps,
    staff,
    target,
    { idempotencyKey, type: 'topic', expectedVersion: input.version },
    (item, now): Plan => {
      if (item.topic === input.topic) return { kind: 'unchanged' };
      return {
        kind: 'change',
        attributes: {
          set: { topic: input.topic, ...factDirtyAttributes(item.pk, now) },
          remove: [],
        },
        details: { from: item.topic, to: input.topic },
      };
    },
  );
}
