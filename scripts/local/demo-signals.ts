/**
 * Signal texts waiting for a coördinator, so the demo shows the four eyes end to end:
 * three questions to the first demo SWV of Sanne's steunpunt in the last half year that
 * has ended, each tagged by Sanne with a proposed text. Ruud approves them under "Signalen
 * beoordelen"; Joost then reads them in that half year's monitor and in its report. The
 * monitor shows ended periods only, so a case tagged today reaches the SWV next period.
 *
 * Made by the portal's own code (submitQuestion, setSignal, changeStatus: the questions
 * were answered and closed long ago) with a clock set in the past;
 * the same idempotency keys make a restart add nothing.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Staff } from '../../functions/auth/tenant-access.ts';
import { changeStatus, setSignal } from '../../functions/cases/case-changes.ts';
import type { CaseDeps } from '../../functions/cases/case-deps.ts';
import { findByReference } from '../../functions/cases/case-view.ts';
import type { SignalCategory } from '../../functions/cases/case.ts';
import { questionInput } from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { lastComplete } from '../../functions/monitor/periods.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import { demoUsers } from './demo-users.ts';

/** Invented, and written as a medewerker would propose them: no person to recognise. */
const proposals: { month: number; category: SignalCategory; question: string; text: string }[] = [
  {
    month: 1,
    category: 'thuiszitten',
    question: 'Mijn zoon zit thuis sinds de herfstvakantie. Niemand weet wat de volgende stap is.',
    text: 'Ouders van thuiszitters weten niet wie de volgende stap zet.',
  },
  {
    month: 3,
    category: 'wachttijden',
    question: 'We wachten al maanden op een plek in het speciaal onderwijs. Hoe lang nog?',
    text: 'Ouders wachten lang op een plek in het speciaal onderwijs.',
  },
  {
    month: 4,
    category: 'informatie',
    question: 'Ik kan nergens vinden hoe een TLV wordt aangevraagd.',
    text: 'Ouders vinden moeilijk hoe een TLV wordt aangevraagd.',
  },
];

export async function seedDemoSignals(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenants: readonly Tenant[],
  now: Date,
): Promise<number> {
  const sanne = demoUsers.find((user) => user.id === 'sanne-medewerker');
  const tenant = tenants.find((t) => t.steunpunt === sanne?.steunpunt);
  if (!sanne?.steunpunt || !tenant) return 0;
  const staff: Staff = {
    userId: sanne.id,
    name: sanne.name,
    email: sanne.email,
    role: 'medewerker',
    steunpunt: sanne.steunpunt,
  };
  const half = lastComplete('halfjaar', now);
  let tagged = 0;
  for (const [index, proposal] of proposals.entries()) {
    // The 10th of a month of that half year, at noon: well inside it in Amsterdam.
    const at = new Date(`${half.months[proposal.month]!}-10T11:00:00Z`);
    const clock = () => at;
    const deps: CaseDeps = {
      db,
      tableName,
      clock,
      tenants: cachedTenantLookup(db, tableName),
      steunpuntTenants: async () => [tenant.slug],
      colleague: async () => undefined,
    };
    const created = await submitQuestion(
      { db, tableName, clock },
      tenant,
      questionInput.parse({
        role: 'ouder',
        topic: proposal.category === 'thuiszitten' ? 'thuiszitten' : 'ondersteuning',
        question: proposal.question,
        schoolType: 'po',
        contactChannel: 'email',
        email: `ouder${index + 1}@example.org`,
        gemeente: tenant.gemeenten[0],
        consent: true,
      }),
      `demo-signaal-${tenant.slug}-${index + 1}`,
    );
    if (created.kind === 'key-reused') continue;
    const [stored] = await findByReference(deps, staff.steunpunt, created.reference);
    if (!stored) continue;
    const outcome = await setSignal(
      { ...deps, clock: () => new Date(at.getTime() + 86_400_000) },
      staff,
      { tenant: tenant.slug, caseId: stored.caseId },
      { hasSignal: true, category: proposal.category, text: proposal.text },
      `demo-signaal-tag-${tenant.slug}-${index + 1}`,
    );
    if (outcome.kind !== 'changed') continue;
    tagged++;
    // Answered long ago: the demo's inbox does not show them as late.
    await changeStatus(
      { ...deps, clock: () => new Date(at.getTime() + 2 * 86_400_000) },
      staff,
      { tenant: tenant.slug, caseId: stored.caseId },
      { status: 'afgerond', version: outcome.item.version },
      `demo-signaal-klaar-${tenant.slug}-${index + 1}`,
    );
  }
  return tagged;
}
