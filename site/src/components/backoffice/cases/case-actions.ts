/**
 * The writes on one case, as the case page runs them: each with its own Idempotency-Key
 * (kept while the same action is retried), Dutch errors in the page's error summary, the
 * outcome in the section's live region, and the case reloaded afterwards.
 */
import type { InferRequestType } from 'hono/client';
import type { CaseDetail } from '../../../../../functions/cases/case.ts';
import type { FieldError } from '../../../../../functions/lib/field-errors.ts';
import type { AlertType } from '../ui/Alert.tsx';
import { portal } from '../../../lib/portal-client.ts';
import { ActionKeys, api, enc } from '../shell/api.ts';

export type CaseSection = 'status' | 'assign' | 'reply' | 'note' | 'signal' | 'topic';

export interface SectionOutcome {
  section: CaseSection;
  type: AlertType;
  text: string;
}

/** The routes of one case; `caseRoute[change].$post` is a change. */
export const caseRoute = portal.backoffice.cases[':swv'][':caseId'];

type CaseChange = 'status' | 'assign' | 'notes' | 'replies' | 'signal' | 'topic';
type ChangeBody<P extends CaseChange> = InferRequestType<(typeof caseRoute)[P]['$post']>['json'];

/** One change, with the body its route takes. */
export type CaseAction = {
  [P in CaseChange]: {
    section: CaseSection;
    /** The route under the case. */
    path: P;
    body: ChangeBody<P>;
    /** The API's field names mapped to the field names on the page. */
    fields?: Record<string, string>;
    success: string;
  };
}[CaseChange];

export const conflictMessage =
  'Iemand anders heeft dit net gewijzigd. Hieronder zie je hoe het nu is. Kijk of je wijziging nog nodig is en probeer het opnieuw.';

export interface ActionHandlers {
  showErrors: (errors: FieldError[]) => void;
  clearErrors: () => void;
  setOutcome: (outcome: SectionOutcome | undefined) => void;
  reload: () => Promise<void>;
  /** A change answers with the case as it now is: shown without reading it again. */
  show: (detail: CaseDetail) => void;
}

/** The path parameters of a case. */
export const caseParam = (target: { tenant: string; caseId: string }) => ({
  swv: enc(target.tenant),
  caseId: enc(target.caseId),
});

const isDetail = (data: unknown): data is CaseDetail =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as CaseDetail).caseId === 'string' &&
  Array.isArray((data as CaseDetail).history);

export function caseActions(swv: string, caseId: string, handlers: ActionHandlers) {
  const keys = new ActionKeys();
  const param = caseParam({ tenant: swv, caseId });

  return async function run(action: CaseAction): Promise<boolean> {
    handlers.setOutcome(undefined);
    // Each change's body was checked against its own route where the action was made.
    const change = caseRoute[action.path].$post as (typeof caseRoute)['status']['$post'];
    const result = await api(change, {
      param,
      header: { 'idempotency-key': keys.keyFor(action.path, action.body) },
      json: action.body as ChangeBody<'status'>,
    });
    if (result.ok) {
      keys.done(action.path);
      handlers.clearErrors();
      if (isDetail(result.data)) handlers.show(result.data);
      else await handlers.reload();
      handlers.setOutcome({ section: action.section, type: 'ok', text: action.success });
      return true;
    }
    if (result.status === 401) return false;
    if (result.status === 409) {
      keys.done(action.path);
      await handlers.reload();
      const message =
        typeof result.problem.body.message === 'string'
          ? `${result.problem.message} Hieronder zie je hoe het nu is.`
          : conflictMessage;
      handlers.showErrors([{ field: 'form', message }]);
      return false;
    }
    const errors = result.problem.errors
      .map((error) => ({ ...error, field: action.fields?.[error.field] ?? 'form' }))
      .filter((error, index, all) => all.findIndex((e) => e.message === error.message) === index);
    handlers.showErrors(
      errors.length > 0 ? errors : [{ field: 'form', message: result.problem.message }],
    );
    return false;
  };
}

export type RunAction = ReturnType<typeof caseActions>;
