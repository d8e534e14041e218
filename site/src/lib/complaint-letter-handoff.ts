/**
 * What the complaint intake leaves behind for the letter page (`/<slug>/klacht/brief/`):
 * after a bezwaar or GPO request was sent, the parent may print a draft letter built from
 * their own answers. The answers stay in this tab only (sessionStorage, gone when the tab
 * closes); the portal never stores or sends the letter.
 */
import type { ComplaintInput } from '../../../functions/cases/intakes/complaint-schema.ts';
import { isLetterRoute } from '../../../functions/cases/intakes/letter-routes.ts';

/** The routes the portal drafts a letter for are declared with the letter itself. */
export { letterRoutes } from '../../../functions/cases/intakes/letter-routes.ts';

export const hasLetter = isLetterRoute;

export interface LetterHandoff {
  answers: ComplaintInput;
  /** The case's reference, e.g. K-2026-000001, for the parent's own records. */
  reference: string;
  /** When the intake was sent (ISO), so the letter can be dated. */
  sentAt: string;
}

export const letterStorageKey = (swv: string) => `steunpunt-klacht-brief:${swv}`;

/** Keeps the sent answers for the letter page; false when the browser keeps nothing. */
export function keepForLetter(storage: Storage, swv: string, handoff: LetterHandoff): boolean {
  try {
    storage.setItem(letterStorageKey(swv), JSON.stringify(handoff));
    return true;
  } catch {
    return false;
  }
}

/** The kept answers, or undefined when there are none (another tab, or closed since). */
export function readForLetter(storage: Storage, swv: string): LetterHandoff | undefined {
  try {
    const raw = storage.getItem(letterStorageKey(swv));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<LetterHandoff>;
    if (!parsed.answers || typeof parsed.reference !== 'string') return undefined;
    return parsed as LetterHandoff;
  } catch {
    return undefined;
  }
}
