/**
 * The Oudercafé's public routes: an SWV's agenda, one meeting, signing up, and the
 * personal cancel link. Handlers stay thin; functions/meetings holds the logic.
 */
import { Hono } from 'hono';
import { log } from '../lib/log.ts';
import { cancelByCode, lookupByCode } from '../meetings/cancel-attendee.ts';
import type { MeetingDeps } from '../meetings/meeting-deps.ts';
import { toPublicMeeting } from '../meetings/meeting-model.ts';
import { getMeeting, listMeetings } from '../meetings/meeting-read.ts';
import { cancelCodeInput, signUpFieldOrder, signUpInput } from '../meetings/meeting-schema.ts';
import { signUp } from '../meetings/sign-up.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';
import { idempotencyKey, jsonBody, tenantSlugPattern } from './router.ts';

export interface MeetingRouteDeps extends MeetingDeps {
  tenants: TenantLookup;
}

export const meetingMessages = {
  unknownTenant: 'Dit samenwerkingsverband bestaat niet',
  unknownMeeting: 'Deze bijeenkomst bestaat niet of is voorbij',
  closed: 'Aanmelden voor deze bijeenkomst kan niet meer',
  cancelled: 'Deze bijeenkomst gaat niet door. Aanmelden kan daarom niet',
  keyReused: 'Deze aanmelding is al verstuurd met andere gegevens. Laad de pagina opnieuw.',
  left: 'Je hebt je voor deze bijeenkomst afgemeld. Laad de pagina opnieuw om je weer aan te melden.',
  unknownCode: 'Deze afmeldlink klopt niet of is verlopen',
  started: 'De bijeenkomst is al begonnen. Afmelden kan niet meer',
} as const;

/** The agenda shows a meeting until it ends; the query starts a day back to find those. */
const agendaLookBackMs = 24 * 60 * 60_000;

export function meetingRoutes(deps: MeetingRouteDeps) {
  return new Hono()
    .get('/swv/:swv/bijeenkomsten', async (c) => {
      const swv = c.req.param('swv');
      const tenant = tenantSlugPattern.test(swv) ? await deps.tenants(swv) : undefined;
      if (!tenant) return c.json({ message: meetingMessages.unknownTenant }, 404);
      const now = deps.clock();
      const items = await listMeetings(deps, tenant.steunpunt, {
        from: new Date(now.getTime() - agendaLookBackMs).toISOString(),
        tenant: swv,
      });
      const meetings = items
        .filter((item) => item.endsAt > now.toISOString())
        .map((item) => toPublicMeeting(item, now));
      c.header('Cache-Control', 'no-store');
      return c.json({ meetings });
    })
    .get('/swv/:swv/bijeenkomsten/:meetingId', async (c) => {
      const swv = c.req.param('swv');
      const meeting = await getMeeting(deps, c.req.param('meetingId'), { consistent: false });
      if (!meeting || !meeting.tenants.includes(swv)) {
        return c.json({ message: meetingMessages.unknownMeeting }, 404);
      }
      c.header('Cache-Control', 'no-store');
      return c.json(toPublicMeeting(meeting, deps.clock()));
    })
    .post(
      '/swv/:swv/bijeenkomsten/:meetingId/aanmeldingen',
      idempotencyKey,
      jsonBody(signUpInput, signUpFieldOrder),
      async (c) => {
        const swv = c.req.param('swv');
        if (!tenantSlugPattern.test(swv)) {
          return c.json({ message: meetingMessages.unknownMeeting }, 404);
        }
        const outcome = await signUp(
          deps,
          swv,
          c.req.param('meetingId'),
          c.req.valid('json'),
          c.req.valid('header').key,
        );
        switch (outcome.kind) {
          case 'not-found':
            return c.json({ message: meetingMessages.unknownMeeting }, 404);
          case 'closed':
            return c.json(
              { message: outcome.cancelled ? meetingMessages.cancelled : meetingMessages.closed },
              409,
            );
          case 'key-reused':
            return c.json({ message: meetingMessages.keyReused }, 422);
          case 'left':
            return c.json({ message: meetingMessages.left }, 409);
          case 'placed': {
            log.info(`meeting.signup.${outcome.status}`, { tenant: swv });
            const { status, position, meeting } = outcome;
            return c.json(
              { status, ...(position ? { position } : {}), meeting },
              outcome.created ? 201 : 200,
            );
          }
        }
      },
    )
    .get('/afmelding', async (c) => {
      const code = c.req.query('code') ?? '';
      const outcome = await lookupByCode(deps, code);
      if (outcome.kind === 'not-found') {
        return c.json({ message: meetingMessages.unknownCode }, 404);
      }
      c.header('Cache-Control', 'no-store');
      const { meeting, status, persons } = outcome;
      return c.json({ meeting, status, persons });
    })
    .post('/afmelding', jsonBody(cancelCodeInput, ['code']), async (c) => {
      const outcome = await cancelByCode(deps, c.req.valid('json').code);
      if (outcome.kind === 'not-found') {
        return c.json({ message: meetingMessages.unknownCode }, 404);
      }
      if (outcome.kind === 'started') return c.json({ message: meetingMessages.started }, 409);
      log.info('meeting.cancelled-by-attendee', {});
      return c.json({ status: 'afgemeld' as const });
    });
}
