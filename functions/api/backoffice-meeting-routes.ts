/**
 * The back office's meeting routes. Like the case routes: staff of a steunpunt only
 * (staffOnly), and a meeting of another steunpunt answers as one that does not exist,
 * before any input is read (ownMeetingGuard).
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import * as z from 'zod/mini';
import type { Staff } from '../cases/case-access.ts';
import { readMeetingRetentionDays } from '../cases/case-settings.ts';
import type { CaseEnv } from '../cases/principal-context.ts';
import { log } from '../lib/log.ts';
import {
  cancelMeeting,
  createMeetings,
  ownMeeting,
  setAttendance,
  updateMeeting,
  type AdminOutcome,
  type SteunpuntInfo,
} from '../meetings/meeting-admin.ts';
import { listAttendees } from '../meetings/meeting-attendees.ts';
import { recordMeetingAudit } from '../meetings/meeting-audit.ts';
import { attendeesCsv } from '../meetings/meeting-csv.ts';
import type { MeetingDeps } from '../meetings/meeting-deps.ts';
import { attendeeIdPattern } from '../meetings/meeting-keys.ts';
import { toStaffSummary, type MeetingItem } from '../meetings/meeting-model.ts';
import { listMeetings } from '../meetings/meeting-read.ts';
import {
  allTenants,
  attendanceFieldOrder,
  attendanceInput,
  meetingCancelFieldOrder,
  meetingCancelInput,
  meetingEditInput,
  meetingFieldOrder,
  meetingInput,
  type MeetingEditInput,
  type StaffMeeting,
} from '../meetings/meeting-schema.ts';
import { amsterdamInstant, amsterdamParts, todayInAmsterdam } from '../meetings/meeting-time.ts';
import { listTenantsOfSteunpunt } from '../tenants/tenant-store.ts';
import { fieldProblem, queryParams, staffOnly } from './backoffice-guards.ts';
import { idempotencyKey, jsonBody } from './router.ts';

type MeetingEnv = { Variables: CaseEnv['Variables'] & { meeting: MeetingItem } };

const notFound = { message: 'Deze bijeenkomst bestaat niet.' };
const messages = {
  cancelled: 'Deze bijeenkomst is geannuleerd. Je kunt hem niet meer wijzigen.',
  started: 'Deze bijeenkomst is al begonnen. Je kunt hem niet meer wijzigen of annuleren.',
  notStarted: 'Je kunt aanwezigheid pas invullen als de bijeenkomst begonnen is.',
  attendeeNotFound: 'Deze deelnemer heeft geen plek bij deze bijeenkomst.',
} as const;

const periodQuery = z.object({
  periode: z.optional(z.enum(['komend', 'voorbij'], { error: 'Kies komend of voorbij' })),
});

/** The meeting in the URL when it is the caller's steunpunt's; else 404, before the body. */
const ownMeetingGuard = (deps: MeetingDeps) =>
  createMiddleware<MeetingEnv>(async (c, next) => {
    const meeting = await ownMeeting(deps, c.get('staff'), c.req.param('meetingId') ?? '');
    if (!meeting) return c.json(notFound, 404);
    c.set('meeting', meeting);
    await next();
  });

async function steunpuntInfo(deps: MeetingDeps, staff: Staff): Promise<SteunpuntInfo> {
  const tenants = await listTenantsOfSteunpunt(deps.db, deps.tableName, staff.steunpunt);
  const first = tenants[0];
  return {
    steunpunt: staff.steunpunt,
    steunpuntName: first?.steunpuntName ?? 'Het steunpunt',
    steunpuntEmail: first?.steunpuntEmail ?? '',
    tenants: tenants.map((tenant) => tenant.slug),
    retentionDays: await readMeetingRetentionDays(deps, staff.steunpunt),
  };
}

/** Checks the form cannot make alone: the SWV is the steunpunt's, the start still ahead. */
function inputProblem(c: Context, info: SteunpuntInfo, input: MeetingEditInput, now: Date) {
  if (input.tenant !== allTenants && !info.tenants.includes(input.tenant)) {
    return fieldProblem(c, 'tenant', 'Kies een samenwerkingsverband uit de lijst');
  }
  if (input.date < todayInAmsterdam(now)) {
    return fieldProblem(c, 'date', 'Kies een datum van vandaag of later');
  }
  if (amsterdamInstant(input.date, input.startTime) <= now.toISOString()) {
    return fieldProblem(c, 'startTime', 'Kies een begintijd die nog niet voorbij is');
  }
  return undefined;
}

async function staffMeeting(deps: MeetingDeps, meeting: MeetingItem): Promise<StaffMeeting> {
  return {
    ...toStaffSummary(meeting, deps.clock()),
    input: meeting.input,
    attendees: await listAttendees(deps, meeting),
  };
}

function adminProblem(c: Context, outcome: Exclude<AdminOutcome, { kind: 'done' }>) {
  switch (outcome.kind) {
    case 'not-found':
      return c.json(notFound, 404);
    case 'cancelled':
      return c.json({ message: messages.cancelled }, 409);
    case 'started':
      return c.json({ message: messages.started }, 409);
    case 'capacity-too-low':
      return fieldProblem(
        c,
        'capacity',
        `Er zijn al ${outcome.confirmed} plaatsen bezet. Kies minstens ${outcome.confirmed} plaatsen`,
      );
  }
}

export function backofficeMeetingRoutes(deps: MeetingDeps) {
  const own = ownMeetingGuard(deps);
  return new Hono<MeetingEnv>()
    .get(
      '/backoffice/bijeenkomsten',
      staffOnly,
      queryParams(periodQuery, ['periode']),
      async (c) => {
        const now = deps.clock().toISOString();
        const past = c.req.valid('query').periode === 'voorbij';
        const items = await listMeetings(deps, c.get('staff').steunpunt, {
          ...(past ? { until: now, newestFirst: true } : { from: now.slice(0, 10) }),
        });
        const meetings = items
          .filter((item) => (past ? item.endsAt <= now : item.endsAt > now))
          .map((item) => toStaffSummary(item, deps.clock()));
        return c.json({ meetings });
      },
    )
    .post(
      '/backoffice/bijeenkomsten',
      staffOnly,
      idempotencyKey,
      jsonBody(meetingInput, meetingFieldOrder),
      async (c) => {
        const staff = c.get('staff');
        const input = c.req.valid('json');
        const info = await steunpuntInfo(deps, staff);
        const problem = inputProblem(c, info, input, deps.clock());
        if (problem) return problem;
        const { ids, created } = await createMeetings(
          deps,
          info,
          staff,
          input,
          c.req.valid('header').key,
        );
        log.info('meeting.created', { count: ids.length });
        return c.json({ meetings: ids.map((id) => ({ id })) }, created ? 201 : 200);
      },
    )
    .get('/backoffice/bijeenkomsten/:meetingId', staffOnly, own, async (c) => {
      const meeting = c.get('meeting');
      await recordMeetingAudit(
        deps,
        c.get('staff'),
        'bijeenkomst-deelnemers-bekeken',
        meeting.id,
        deps.clock(),
      );
      return c.json(await staffMeeting(deps, meeting));
    })
    .put(
      '/backoffice/bijeenkomsten/:meetingId',
      staffOnly,
      own,
      idempotencyKey,
      jsonBody(meetingEditInput, meetingFieldOrder),
      async (c) => {
        const staff = c.get('staff');
        const input = c.req.valid('json');
        const info = await steunpuntInfo(deps, staff);
        const problem = inputProblem(c, info, input, deps.clock());
        if (problem) return problem;
        const outcome = await updateMeeting(
          deps,
          info,
          staff,
          c.get('meeting').id,
          input,
          c.req.valid('header').key,
        );
        if (outcome.kind !== 'done') return adminProblem(c, outcome);
        return c.json(await staffMeeting(deps, outcome.meeting));
      },
    )
    .post(
      '/backoffice/bijeenkomsten/:meetingId/annuleren',
      staffOnly,
      own,
      idempotencyKey,
      jsonBody(meetingCancelInput, meetingCancelFieldOrder),
      async (c) => {
        const outcome = await cancelMeeting(
          deps,
          c.get('staff'),
          c.get('meeting').id,
          c.req.valid('json').reason,
          c.req.valid('header').key,
        );
        if (outcome.kind !== 'done') return adminProblem(c, outcome);
        log.info('meeting.cancelled', {});
        return c.json(toStaffSummary(outcome.meeting, deps.clock()));
      },
    )
    .put(
      '/backoffice/bijeenkomsten/:meetingId/aanmeldingen/:attendeeId/aanwezig',
      staffOnly,
      own,
      jsonBody(attendanceInput, attendanceFieldOrder),
      async (c) => {
        const attendeeId = c.req.param('attendeeId');
        const outcome = attendeeIdPattern.test(attendeeId)
          ? await setAttendance(deps, c.get('meeting'), attendeeId, c.req.valid('json').attended)
          : 'not-found';
        if (outcome === 'not-found') return c.json({ message: messages.attendeeNotFound }, 404);
        if (outcome === 'not-started') return c.json({ message: messages.notStarted }, 409);
        return c.json({ attended: c.req.valid('json').attended });
      },
    )
    .get('/backoffice/bijeenkomsten/:meetingId/deelnemers.csv', staffOnly, own, async (c) => {
      const meeting = c.get('meeting');
      const now = deps.clock();
      await recordMeetingAudit(
        deps,
        c.get('staff'),
        'bijeenkomst-deelnemers-export',
        meeting.id,
        now,
      );
      const csv = attendeesCsv(await listAttendees(deps, meeting));
      const slug =
        meeting.title
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 40) || 'bijeenkomst';
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="deelnemers-${amsterdamParts(meeting.startsAt).date}-${slug}.csv"`,
        'Cache-Control': 'no-store',
      });
    });
}
