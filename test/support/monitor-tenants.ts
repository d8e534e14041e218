/**
 * The SWVs every monitor route test reads: Joost's, a sibling of the same steunpunt, and
 * one of another steunpunt; registered (steunpunt and profile) as the portal keeps them,
 * with tokens for the demo users a test signs in as.
 */
import { randomUUID } from 'node:crypto';
import { saveSteunpunt } from '../../functions/admin/steunpunten.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { putTenant } from '../../functions/tenants/tenant-store.ts';
import { demoUser } from '../../scripts/local/demo-users.ts';
import { testTenant, validQuestion, type LocalAws } from './local-aws.ts';
import type { RunningIdp } from './signed-in-app.ts';

export const joosts = { ...testTenant('po-haarlemmermeer'), steunpunt: 'amstel-en-meer' };
export const sibling = { ...testTenant('vo-amstelland'), steunpunt: 'amstel-en-meer' };
export const foreign = {
  ...testTenant('vo-noord-kennemerland'),
  steunpunt: 'vo-noord-kennemerland',
};

/** Registers the three SWVs and their steunpunten. */
export async function seedMonitorTenants(local: LocalAws): Promise<void> {
  for (const tenant of [joosts, sibling, foreign]) {
    await saveSteunpunt(local, { id: tenant.steunpunt, name: tenant.steunpuntName });
    await putTenant(local.db, local.tableName, tenant);
  }
}

/** A token per demo user id. */
export async function demoTokens(
  idp: RunningIdp,
  ids: readonly string[],
): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const id of ids) tokens[id] = await idp.tokenFor(demoUser(id)!);
  return tokens;
}

/** What a case in Joost's SWV holds that no monitor or report answer may carry. */
export const caseSecret = {
  caseId: '',
  reference: '',
  name: 'Daan de Vries-Smit',
  email: 'daan.devries@example.nl',
  question: 'Mijn zoon Mees van groep 6 van De Regenboog zit al weken thuis zonder plek.',
  signalText: 'Niet goedgekeurd: Mees zit thuis sinds 3 maart',
};

/** Stores that case as a real question and fills in its id and reference. */
export async function storeCaseSecret(local: LocalAws, now: Date): Promise<void> {
  const caseId = randomUUID();
  const outcome = await submitQuestion(
    { db: local.db, tableName: local.tableName, clock: () => now },
    joosts,
    questionInput.parse(
      validQuestion({
        name: caseSecret.name,
        email: caseSecret.email,
        question: caseSecret.question,
      }),
    ),
    caseId,
  );
  if (outcome.kind === 'key-reused') throw new Error('unexpected');
  Object.assign(caseSecret, { caseId, reference: outcome.reference });
}
