/**
 * The routes the law asks a letter for, which the portal can draft (complaint-letter.ts).
 * On its own so the intake's confirmation can ask "is there a letter?" without loading the
 * letter's words into every page of the form.
 */
import type { ComplaintRoute } from './complaint-schema.ts';

export const letterRoutes = ['bezwaar-tlv', 'gpo'] as const satisfies readonly ComplaintRoute[];
export type LetterRoute = (typeof letterRoutes)[number];

export const isLetterRoute = (route: string | undefined): route is LetterRoute =>
  (letterRoutes as readonly string[]).includes(route ?? '');
