/**
 * The writes on one case, as the case page runs them: each with its own Idempotency-Key
 * (kept while the same action is retried), Dutch errors in the page's error summary, the
 * outcome in the section's live region, and the case reloaded afterwards.
 */
import type { CaseDetail } from '../../../../../functions/cases/case.ts';
import type { FieldError } from '../../../../../functions/lib/field-errors.ts';
import type { AlertType } from '../ui/Alert.tsx';
import { ActionKeys, api, enc } from '../shell/api.ts';

export type CaseSection = 'status' | 'assign' | 'reply' | 'note' | 'signal' | 'topic';

export interface SectionOutcome {
  section: CaseSection;
  type: AlertType;
  text: string;
}

export interface CaseAction {
  section: CaseSection;
  /** The endpoint under the case: `status`, `assign`, `notes`, `replies`, `signal`, `topic`. */
  path: string;
  body: unknown;
  /** The API's field names mapped to the field names on the page. */
  fields?: Record<string, string>;
  success: string;
}

export const conflictMessage =
  'Iemand anders heeft deze vraag net gewijzigd. Hieronder zie je de vraag zoals die nu is. Kijk of je wijziging nog nodig is en probeer het opnieuw.';

export interface ActionHandlers {
  showErrors: (errors: FieldError[]) => void;
  clearErrors: () => void;
  setOutcome: (outcome: SectionOutcome | undefined) => void;
  reload: () => Promise<void>;
  /** A change answers with the case as it now is: shown without reading it again. */
  show: (detail: CaseDetail) => void;
}

/** The API path of a case. */
export const casePath = (target: { tenant: string; caseId: string }) =>
  `/api/backoffice/cases/${enc(target.tenant)}/${enc(target.caseId)}`;

const isDetail = (data: unknown): data is CaseDetail =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as CaseDetail).caseId === 'string' &&
  Array.isArray((data as CaseDetail).history);

export function caseActions(swv: string, caseId: string, handlers: ActionHandlers) {
  const keys = new ActionKeys();
  const base = casePath({ tenant: swv, caseId });

  return async function run(action: CaseAction): Promise<boolean> {
    handlers.setOutcome(undefined);
    const result = await api<unknown>(`${base}/${action.path}`, {
      method: 'POST',
      body: action.body,
      idempotencyKey: keys.keyFor(action.path, action.body),
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
          ? `${result.problem.message} Hieronder zie je de vraag zoals die nu is.`
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
