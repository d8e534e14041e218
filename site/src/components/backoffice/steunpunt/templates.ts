/** Reply templates and their placeholders ({naam}, {referentie}, {steunpunt}, {medewerker}). */
import { templatePlaceholders } from '../../../../../functions/cases/templates-input.ts';
import { portal } from '../../../lib/portal-client.ts';
import { api, type Answer } from '../shell/api.ts';

export type ReplyTemplate = Answer<typeof portal.backoffice.templates.$get>['items'][number];

export type PlaceholderValues = Partial<Record<keyof typeof templatePlaceholders, string>>;

export const placeholderNames = Object.keys(
  templatePlaceholders,
) as (keyof typeof templatePlaceholders)[];

/**
 * Fills the placeholders as the API does when it sends: a missing value (no name given)
 * leaves no gap, "Hallo {naam}," becomes "Hallo,". Used when the API's draft is not at hand.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(
    new RegExp(`([ \\t]*)\\{(${placeholderNames.join('|')})\\}`, 'g'),
    (_whole, space: string, name: keyof PlaceholderValues) => {
      const value = values[name]?.trim();
      return value ? `${space}${value}` : '';
    },
  );
}

export async function loadTemplates() {
  const result = await api(portal.backoffice.templates.$get);
  return result.ok
    ? { ok: true as const, templates: result.data.items }
    : { ok: false as const, status: result.status, message: result.problem.message };
}
