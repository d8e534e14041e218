/**
 * Demo data so that a new user sees a living portal: the five SWVs as tenants, and a
 * handful of made-up questions per SWV. Keys are fixed, so seeding again changes nothing.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  questionInput,
  type QuestionInput,
} from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import { tenantFromProfile, type Tenant } from '../../functions/tenants/swv-profile.ts';
import { putTenant } from '../../functions/tenants/tenant-store.ts';
import type { SteunpuntProfile } from '../../functions/tenants/steunpunt-profile.ts';
import type { SteunpuntContact } from '../../functions/admin/steunpunten.ts';
import { ensureSteunpunt, seedDemoAccounts } from './demo-accounts.ts';
import { demoContacts } from './demo-contacts.ts';
import { rememberUser } from '../../functions/auth/user-directory.ts';
import { seedDefaultTemplates } from '../../functions/cases/reply-templates.ts';
import { readGemeenteFusies, readSwvProfiles } from './content-profiles.ts';
import { demoUsers } from './demo-users.ts';
import { seedDemoMeetings } from './demo-meetings.ts';

type DemoQuestion = Omit<QuestionInput, 'gemeente' | 'consent' | 'email' | 'name'> & {
  daysAgo: number;
};

// Invented questions, the kind steunpunten hear most. No real people.
const demoQuestions: DemoQuestion[] = [
  {
    role: 'ouder',
    topic: 'ondersteuning',
    question:
      'Mijn dochter heeft dyslexie. De school zegt dat ze geen extra hulp kan geven. Wat kan ik doen?',
    schoolType: 'po',
    contactChannel: 'telefoon',
    phone: '0600000001',
    daysAgo: 12,
  },
  {
    role: 'ouder',
    topic: 'thuiszitten',
    question: 'Mijn zoon zit al drie weken thuis. Er is nog geen plek op een andere school.',
    schoolType: 'vo',
    contactChannel: 'whatsapp',
    phone: '0600000002',
    daysAgo: 6,
  },
  {
    role: 'jongere',
    topic: 'examen-vo',
    question: 'Mag ik meer tijd krijgen bij mijn examen? Ik heb ADHD en word snel afgeleid.',
    schoolType: 'vo',
    contactChannel: 'whatsapp',
    phone: '0600000003',
    daysAgo: 3,
  },
  {
    role: 'professional',
    topic: 'speciaal-onderwijs',
    question: 'Hoe lang duurt het aanvragen van een toelaatbaarheidsverklaring voor een leerling?',
    schoolType: 'so',
    contactChannel: 'telefoon',
    phone: '0600000004',
    daysAgo: 2,
  },
  {
    role: 'ouder',
    topic: 'opp',
    question: 'Ik ben het niet eens met het ontwikkelingsperspectief van mijn kind. Wat nu?',
    schoolType: 'sbo',
    contactChannel: 'telefoon',
    phone: '0600000005',
    daysAgo: 1,
  },
];

/** The public contact a content profile knows (its build-time fallback), as the register keeps it. */
function contactOf(steunpunt: SteunpuntProfile): SteunpuntContact {
  const { email, phone, hours, whatsapp, visitingAddress, complaints } = steunpunt;
  return {
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(hours ? { hours } : {}),
    ...(whatsapp ? { whatsapp } : {}),
    ...(visitingAddress ? { visitingAddress } : {}),
    ...(complaints ? { complaints } : {}),
  };
}

export async function seedDemoData(db: DynamoDBDocumentClient, tableName: string, now: Date) {
  const tenants: Tenant[] = [];
  const fusies = await readGemeenteFusies();
  for (const { slug, profile, steunpunt } of await readSwvProfiles()) {
    // The register keeps a beheerder's later changes to the steunpunt's name and address.
    const registered = await ensureSteunpunt(
      { db, tableName },
      {
        id: profile.steunpunt,
        name: steunpunt.name,
        ...contactOf(steunpunt),
        ...demoContacts[profile.steunpunt],
      },
    );
    const tenant = tenantFromProfile(
      slug,
      profile,
      { ...steunpunt, name: registered.name, email: registered.email },
      fusies,
    );
    await putTenant(db, tableName, tenant);
    tenants.push(tenant);
  }
  // Reply templates for every steunpunt, and its demo staff, so colleagues can be assigned.
  for (const steunpunt of new Set(tenants.map((tenant) => tenant.steunpunt))) {
    await seedDefaultTemplates(db, tableName, steunpunt, now);
  }
  await seedDemoAccounts({ db, tableName }, now);
  for (const user of demoUsers) {
    if (user.steunpunt) {
      await rememberUser(
        db,
        tableName,
        { userId: user.id, name: user.name, role: user.role, steunpunt: user.steunpunt },
        now,
      );
    }
  }

  let questions = 0;
  for (const tenant of tenants) {
    for (const [index, demo] of demoQuestions.entries()) {
      const { daysAgo, ...fields } = demo;
      const input = questionInput.parse({
        ...fields,
        gemeente: tenant.gemeenten[index % tenant.gemeenten.length],
        consent: true,
      });
      const createdAt = new Date(now.getTime() - daysAgo * 86_400_000);
      const outcome = await submitQuestion(
        { db, tableName, clock: () => createdAt },
        tenant,
        input,
        `demo-${tenant.slug}-${index + 1}`,
      );
      if (outcome.kind === 'created') questions++;
    }
  }
  const meetings = await seedDemoMeetings(
    db,
    tableName,
    tenants,
    now,
    process.env.SITE_ORIGIN ?? 'http://localhost:4321',
  );
  return { tenants, questions, meetings };
}
