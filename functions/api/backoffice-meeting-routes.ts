/**
 * The back office's meeting routes. Like the case routes: staff of a steunpunt only, and a
 * meeting of another steunpunt answers as one that does not exist, before any input is read
 * (the own-meeting rule).
 */
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import type { BackofficeEnv } from '../auth/middleware.ts';
import type { Staff } from '../auth/tenant-access.ts';
import { readMeetingRetentionDays } from '../cases/case-settings.ts';
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
import { attendeeIdPattern, meetingIdPattern } from '../meetings/meeting-keys.ts';
import { toStaffSummary, type MeetingItem } from '../meetings/meeting-model.ts';
import { listMeetings } from '../meetings/meeting-read.ts';
import { allTenants } from '../meetings/meeting-schema.ts';
import {
  attendanceFieldOrder,
  attendanceInput,
  meetingCancelFieldOrder,
  meetingCancelInput,
  meetingEditInput,
  meetingFieldOrder,
  meetingInput,
  type MeetingEditInput,
  type StaffMeeting,
} from '../meetings/meeting-staff-schema.ts';
import { amsterdamInstant, amsterdamParts, todayInAmsterdam } from '../meetings/meeting-time.ts';
import { listTenantsOfSteunpunt } from '../tenants/tenant-store.ts';
import type { TenantCheck } from './guard.ts';
import { checks, route } from './route-kit.ts';
import { fieldProblem, pathParam } from './router.ts';

type MeetingEnv = { Variables: BackofficeEnv['Variables'] & { meeting: MeetingItem } };

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

/** The own-meeting rule: the meeting in the URL is the caller's steunpunt's; else 404. */
const ownMeetingCheck =
  (deps: MeetingDeps): TenantCheck =>
  async (c, next) => {
    const meeting = await ownMeeting(deps, c.get('staff'), c.req.param('meetingId') ?? '');
    if (!meeting) return c.json(notFound, 404);
    // The meeting is these routes' own variable, beyond the guard's environment.
    (c as unknown as Context<MeetingEnv>).set('meeting', meeting);
    await next();
  };

const staffOnly = { role: 'staff' } as const;
const ownMeetingOnly = { role: 'staff', tenant: 'own-meeting' } as const;
const meetingParams = { meetingId: pathParam(meetingIdPattern) };
const changeAnswers = {
  409: 'De bijeenkomst is geannuleerd of al begonnen',
} as const;

export const backofficeMeetingDeclarations = {
  list: route({
    method: 'get',
    path: '/backoffice/bijeenkomsten',
    operationId: 'listStaffMeetings',
    summary: 'De bijeenkomsten van het steunpunt: komend (standaard) of voorbij',
    who: staffOnly,
    query: {
      schema: periodQuery,
      fieldOrder: ['periode'],
      descriptions: { periode: 'komend of voorbij' },
    },
    answers: { 200: 'De bijeenkomsten' },
  }),
  create: route({
    method: 'post',
    path: '/backoffice/bijeenkomsten',
    operationId: 'createMeetings',
    summary: 'Een bijeenkomst maken (met herhaling: een reeks, elke maand)',
    who: staffOnly,
    body: { schema: meetingInput, fieldOrder: meetingFieldOrder },
    idempotent: true,
    answers: {
      201: 'De bijeenkomsten zijn gemaakt',
      200: 'Deze waren al gemaakt (zelfde sleutel)',
    },
  }),
  detail: route({
    method: 'get',
    path: '/backoffice/bijeenkomsten/:meetingId',
    operationId: 'getStaffMeeting',
    summary: 'Een bijeenkomst met deelnemers en wachtlijst (komt in het auditlog)',
    who: ownMeetingOnly,
    params: meetingParams,
    answers: { 200: 'De bijeenkomst met deelnemers' },
  }),
  update: route({
    method: 'put',
    path: '/backoffice/bijeenkomsten/:meetingId',
    operationId: 'updateMeeting',
    summary: 'Een bijeenkomst wijzigen; wie aangemeld is of wacht krijgt bericht',
    who: ownMeetingOnly,
    params: meetingParams,
    body: { schema: meetingEditInput, fieldOrder: meetingFieldOrder },
    idempotent: true,
    answers: { 200: 'De bijeenkomst zoals hij nu is', ...changeAnswers },
  }),
  cancel: route({
    method: 'post',
    path: '/backoffice/bijeenkomsten/:meetingId/annuleren',
    operationId: 'cancelMeeting',
    summary: 'Een bijeenkomst annuleren; iedereen die aangemeld is of wacht krijgt bericht',
    who: ownMeetingOnly,
    params: meetingParams,
    body: { schema: meetingCancelInput, fieldOrder: meetingCancelFieldOrder },
    idempotent: true,
    answers: { 200: 'De bijeenkomst is geannuleerd', ...changeAnswers },
  }),
  attendance: route({
    method: 'put',
    path: '/backoffice/bijeenkomsten/:meetingId/aanmeldingen/:attendeeId/aanwezig',
    operationId: 'setAttendance',
    summary: 'Aanwezigheid van een deelnemer vastleggen (na het begin)',
    who: ownMeetingOnly,
    params: { ...meetingParams, attendeeId: pathParam(attendeeIdPattern) },
    body: { schema: attendanceInput, fieldOrder: attendanceFieldOrder },
    answers: {
      200: 'De aanwezigheid is vastgelegd',
      404: messages.attendeeNotFound,
      409: messages.notStarted,
    },
  }),
  attendeesCsv: route({
    method: 'get',
    path: '/backoffice/bijeenkomsten/:meetingId/deelnemers.csv',
    operationId: 'exportAttendees',
    summary: 'De deelnemerslijst als CSV voor Excel (komt in het auditlog)',
    who: ownMeetingOnly,
    params: meetingParams,
    answers: { 200: 'De deelnemers als CSV' },
  }),
};

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
  const rules = { 'own-meeting': ownMeetingCheck(deps) };
  const r = backofficeMeetingDeclarations;
  return new Hono<MeetingEnv>()
    .get(r.list.path, ...checks(r.list), async (c) => {
      const now = deps.clock().toISOString();
      const past = c.req.valid('query').periode === 'voorbij';
      const items = await listMeetings(deps, c.get('staff').steunpunt, {
        ...(past ? { until: now, newestFirst: true } : { from: now.slice(0, 10) }),
      });
      const meetings = items
        .filter((item) => (past ? item.endsAt <= now : item.endsAt > now))
        .map((item) => toStaffSummary(item, deps.clock()));
      return c.json({ meetings });
    })
    .post(r.create.path, ...checks(r.create), async (c) => {
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
    })
    .get(r.detail.path, ...checks(r.detail, rules), async (c) => {
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
    .put(r.update.path, ...checks(r.update, rules), async (c) => {
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
    })
    .post(r.cancel.path, ...checks(r.cancel, rules), async (c) => {
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
    })
    .put(r.attendance.path, ...checks(r.attendance, rules), async (c) => {
      const attendeeId = c.req.param('attendeeId');
      const outcome = attendeeIdPattern.test(attendeeId)
        ? await setAttendance(deps, c.get('meeting'), attendeeId, c.req.valid('json').attended)
        : 'not-found';
      if (outcome === 'not-found') return c.json({ message: messages.attendeeNotFound }, 404);
      if (outcome === 'not-started') return c.json({ message: messages.notStarted }, 409);
      return c.json({ attended: c.req.valid('json').attended });
    })
    .get(r.attendeesCsv.path, ...checks(r.attendeesCsv, rules), async (c) => {
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
