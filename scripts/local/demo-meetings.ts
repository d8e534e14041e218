/**
 * Demo meetings for the local portal: per steunpunt an oudercafé series for all its SWVs
 * and an online evening for its first SWV. Made with the back office's own code under
 * fixed request keys (one set per month), so a restart adds nothing.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Staff } from '../../functions/auth/tenant-access.ts';
import { defaultMeetingRetentionDays } from '../../functions/cases/case-settings.ts';
import { timeZone } from '../../functions/lib/amsterdam-time.ts';
import { createMeetings } from '../../functions/meetings/meeting-admin.ts';
import { meetingInput } from '../../functions/meetings/meeting-staff-schema.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';

const day = (now: Date, days: number) =>
  format(new TZDate(new Date(now.getTime() + days * 86_400_000), timeZone), 'yyyy-MM-dd');

export async function seedDemoMeetings(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenants: readonly Tenant[],
  now: Date,
  siteOrigin: string,
): Promise<number> {
  const month = format(new TZDate(now, timeZone), 'yyyy-MM');
  let made = 0;
  for (const steunpunt of new Set(tenants.map((tenant) => tenant.steunpunt))) {
    const own = tenants.filter((tenant) => tenant.steunpunt === steunpunt);
    const first = own[0]!;
    const info = {
      steunpunt,
      steunpuntName: first.steunpuntName,
      steunpuntEmail: first.steunpuntEmail ?? '',
      tenants: own.map((tenant) => tenant.slug),
      retentionDays: defaultMeetingRetentionDays,
    };
    const staff = {
      userId: 'demo-seed',
      name: 'Demo',
      email: 'demo@steunpunt-portaal.example',
      role: 'coordinator',
      steunpunt,
    } as Staff;
    const meetings = [
      {
        title: 'Oudercafé: passend onderwijs, hoe werkt het?',
        description:
          'Een avond voor ouders en verzorgers. We leggen uit hoe passend onderwijs werkt en je kunt al je vragen stellen. De koffie en thee staan klaar.',
        date: day(now, 14),
        startTime: '19:30',
        endTime: '21:00',
        locationKind: 'plaats',
        location: 'Bibliotheek, zaal 1 (begane grond, rolstoeltoegankelijk)',
        capacity: 12,
        audience: 'ouders',
        tenant: 'alle',
        repeatMonthly: 2,
      },
      {
        title: 'Online: de overstap naar de middelbare school',
        description:
          'Een online avond over de overstap van de basisschool naar de middelbare school. Voor ouders en jongeren.',
        date: day(now, 21),
        startTime: '20:00',
        endTime: '21:00',
        locationKind: 'online',
        onlineUrl: 'https://meet.steunpunt-portaal.example/overstap',
        capacity: 30,
        audience: 'iedereen',
        tenant: first.slug,
        reminderDays: 1,
      },
    ];
    for (const [index, fields] of meetings.entries()) {
      const outcome = await createMeetings(
        { db, tableName, clock: () => now, siteOrigin },
        info,
        staff,
        meetingInput.parse(fields),
        `demo-meetings-${steunpunt}-${month}-${index}`,
      );
      if (outcome.created) made += outcome.ids.length;
    }
  }
  return made;
}
