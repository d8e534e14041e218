/**
 * Demo data so that a new user sees a living portal: the five SWVs as tenants, a handful
 * of made-up questions per SWV, and three complaints for Steunpunt Amstel & Meer whose
 * filing deadlines fall soon, past and far off (so "Termijn eerst" shows its flags), a
 * Turkish and an Arabic question with templates in those languages (demo-languages.ts), and
 * 18 months of monitor history per SWV (demo-monitor.ts). Keys
 * are fixed, so seeding again changes nothing: the deadlines stay where the first start
 * put them, relative to that day.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  questionInput,
  type QuestionInput,
} from '../../functions/cases/intakes/question-schema.ts';
import { submitQuestion } from '../../functions/cases/intakes/question.ts';
import {
  amsterdamToday,
  complaintInput,
  type ComplaintInput,
} from '../../functions/cases/intakes/complaint-schema.ts';
import { submitComplaint } from '../../functions/cases/intakes/complaint.ts';
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
import { seedDemoMonitor } from './demo-monitor.ts';
import { seedDemoSignals } from './demo-signals.ts';
import { seedDemoLanguages } from './demo-languages.ts';

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

type DemoComplaint = Omit<ComplaintInput, 'decisionDate' | 'consent' | 'email' | 'name'> & {
  /** The decision or event this many days before the demo's today. */
  decidedDaysAgo: number;
  daysAgo: number;
};

// Invented complaints, one per kind of term: a bezwaar whose last day is a few working
// days away, a GPO request past its last day, an LKC complaint with most of a year left.
const demoComplaints: DemoComplaint[] = [
  {
    role: 'ouder',
    route: 'bezwaar-tlv',
    about: 'Het samenwerkingsverband',
    whatHappened:
      'Het samenwerkingsverband geeft mijn zoon geen toelaatbaarheidsverklaring voor het speciaal onderwijs. De school vindt dat hij die wel nodig heeft.',
    spokenWith: 'De intern begeleider en de consulent van het samenwerkingsverband',
    outcomeWanted: 'Dat mijn zoon toch naar het speciaal onderwijs kan.',
    wantsLetterHelp: true,
    childName: 'T.',
    contactChannel: 'telefoon',
    phone: '0600000011',
    reminder: false,
    decidedDaysAgo: 37,
    daysAgo: 2,
  },
  {
    role: 'ouder',
    route: 'gpo',
    about: 'Basisschool De Regenboog',
    whatHappened:
      'De school wil mijn dochter van school sturen. Ik vind dat de school niet genoeg heeft geprobeerd om haar te helpen.',
    spokenWith: 'De directeur van de school',
    outcomeWanted: 'Dat mijn dochter op school kan blijven, met meer hulp in de klas.',
    wantsLetterHelp: true,
    childName: 'Noor',
    contactChannel: 'telefoon',
    phone: '0600000012',
    reminder: false,
    decidedDaysAgo: 50,
    daysAgo: 10,
  },
  {
    role: 'ouder',
    route: 'klacht',
    about: 'Basisschool Het Kompas',
    whatHappened:
      'Mijn zoon wordt al maanden gepest. De leerkracht zegt dat het wel meevalt. Er gebeurt niets.',
    spokenWith: 'De leerkracht',
    outcomeWanted: 'Dat de school een plan maakt tegen het pesten.',
    wantsLetterHelp: false,
    childName: 'M.',
    contactChannel: 'telefoon',
    phone: '0600000013',
    reminder: false,
    decidedDaysAgo: 60,
    daysAgo: 1,
  },
];

/** The steunpunt whose demo inbox shows complaints (its staff are in demo-users.ts). */
const complaintSteunpunt = 'amstel-en-meer';

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
  let complaints = 0;
  const complaintTenant = tenants.find((tenant) => tenant.steunpunt === complaintSteunpunt);
  for (const [index, demo] of complaintTenant ? demoComplaints.entries() : []) {
    const { decidedDaysAgo, daysAgo, ...fields } = demo;
    const input = complaintInput.parse({
      ...fields,
      decisionDate: amsterdamToday(new Date(now.getTime() - decidedDaysAgo * 86_400_000)),
      consent: true,
    });
    const createdAt = new Date(now.getTime() - daysAgo * 86_400_000);
    const outcome = await submitComplaint(
      { db, tableName, clock: () => createdAt },
      complaintTenant!,
      input,
      `demo-klacht-${complaintTenant!.slug}-${index + 1}`,
    );
    if (outcome.kind === 'created') complaints++;
  }
  // A Turkish question with a tolk wish, an Arabic one without, and templates in both.
  if (complaintTenant) questions += await seedDemoLanguages(db, tableName, complaintTenant, now);
  const meetings = await seedDemoMeetings(
    db,
    tableName,
    tenants,
    now,
    process.env.SITE_ORIGIN ?? 'http://localhost:4321',
  );
  const monitorMonths = await seedDemoMonitor(db, tableName, tenants, now);
  const signals = await seedDemoSignals(db, tableName, tenants, now);
  return { tenants, questions, complaints, meetings, monitorMonths, signals };
}
