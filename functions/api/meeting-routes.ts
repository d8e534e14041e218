/**
 * The Oudercafé's public routes: an SWV's agenda, one meeting, signing up, and the
 * personal cancel link. Handlers stay thin; functions/meetings holds the logic.
 */
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import { log } from '../lib/log.ts';
import { cancelByCode, lookupByCode } from '../meetings/cancel-attendee.ts';
import type { MeetingDeps } from '../meetings/meeting-deps.ts';
import { meetingIdPattern } from '../meetings/meeting-keys.ts';
import { toPublicMeeting } from '../meetings/meeting-model.ts';
import { getMeeting, listMeetings } from '../meetings/meeting-read.ts';
import { fieldMessages, fill } from '../core/field-messages.ts';
import { languageOf } from '../core/form-language.ts';
import type { Locale } from '../core/locales.ts';
import { meetingAnswers, signUpMessages } from '../meetings/meeting-messages.ts';
import {
  cancelCodeInput,
  cancelCodeInputIn,
  cancelDone,
  cancelLookup,
  publicMeeting,
  publicMeetingList,
  signUpFieldOrder,
  signUpInput,
  signUpInputIn,
  signUpResult,
} from '../meetings/meeting-schema.ts';
import { signUp } from '../meetings/sign-up.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';
import type { AbuseDeps } from '../limits/abuse-deps.ts';
import { admit, refusal } from '../limits/limit.ts';
import { limitAnswers, publicLimits } from './public-limits.ts';
import { checks, route } from './route-kit.ts';
import { pathParam, swvParam, tenantSlugPattern, type InLanguage } from './router.ts';

export interface MeetingRouteDeps extends MeetingDeps, AbuseDeps {
  tenants: TenantLookup;
}

/** The answers in Dutch: the document's words, and the answer to a Dutch form. */
export const meetingMessages = meetingAnswers.nl;

/** A full waiting list, with another way to reach the steunpunt, in the form's language. */
export const waitingFullMessage = (
  steunpuntName: string,
  steunpuntEmail: string,
  lang: Locale = 'nl',
) => {
  const m = meetingAnswers[lang];
  return `${m.waitingFull} ${
    steunpuntEmail
      ? fill(m.waitingFullMail, { name: steunpuntName, email: steunpuntEmail })
      : fill(m.waitingFullContact, { name: steunpuntName })
  }`;
};

/** The sign-up in the body's language (its `lang`, Dutch when unknown), built once per language. */
const signUpInLanguage: InLanguage = (body) => {
  const lang = languageOf(body);
  return {
    schema: lang === 'nl' ? signUpInput : signUpInputs(lang),
    message: meetingAnswers[lang].invalidInput,
  };
};
const signUpInputs = once((lang: Locale) =>
  signUpInputIn(signUpMessages[lang], fieldMessages[lang]),
);

const cancelInLanguage: InLanguage = (body) => {
  const lang = languageOf(body);
  return {
    schema: lang === 'nl' ? cancelCodeInput : cancelInputs(lang),
    message: meetingAnswers[lang].invalidInput,
  };
};
const cancelInputs = once((lang: Locale) => cancelCodeInputIn(signUpMessages[lang]));

function once<T>(make: (lang: Locale) => T): (lang: Locale) => T {
  const made = new Map<Locale, T>();
  return (lang) => {
    if (!made.has(lang)) made.set(lang, make(lang));
    return made.get(lang)!;
  };
}

/** The agenda shows a meeting until it ends; the query starts a day back to find those. */
const agendaLookBackMs = 24 * 60 * 60_000;

const everyone = { role: 'public' } as const;
const meetingParams = { swv: swvParam, meetingId: pathParam(meetingIdPattern) };

export const meetingDeclarations = {
  agenda: route({
    method: 'get',
    path: '/swv/:swv/bijeenkomsten',
    operationId: 'listMeetings',
    summary: 'De komende bijeenkomsten (oudercafés) voor een samenwerkingsverband',
    who: everyone,
    params: { swv: swvParam },
    answers: {
      200: {
        description: 'De bijeenkomsten, op volgorde van begintijd',
        schema: publicMeetingList,
      },
      404: meetingMessages.unknownTenant,
    },
  }),
  meeting: route({
    method: 'get',
    path: '/swv/:swv/bijeenkomsten/:meetingId',
    operationId: 'getMeeting',
    summary: 'Eén bijeenkomst, met de plaatsen die nog vrij zijn',
    who: everyone,
    params: meetingParams,
    answers: {
      200: { description: 'De bijeenkomst', schema: publicMeeting },
      404: 'Deze bijeenkomst bestaat niet voor dit samenwerkingsverband',
    },
  }),
  signUp: route({
    method: 'post',
    path: '/swv/:swv/bijeenkomsten/:meetingId/aanmeldingen',
    operationId: 'signUp',
    summary: 'Meld je aan voor een bijeenkomst',
    who: everyone,
    params: meetingParams,
    body: { schema: signUpInput, fieldOrder: signUpFieldOrder, inLanguage: signUpInLanguage },
    idempotent: true,
    answers: {
      201: {
        description: 'Aangemeld: een plek of een plek op de wachtlijst',
        schema: signUpResult,
      },
      200: {
        description: 'Deze aanmelding was al ontvangen (zelfde sleutel)',
        schema: signUpResult,
      },
      404: 'Deze bijeenkomst bestaat niet',
      409: 'Aanmelden kan niet meer (gesloten, geannuleerd, of de wachtlijst is vol)',
      422: 'Deze sleutel hoort bij een andere aanmelding',
      ...limitAnswers,
    },
  }),
  lookup: route({
    method: 'get',
    path: '/afmelding',
    operationId: 'lookUpCancelCode',
    summary: 'Bekijk de aanmelding bij een afmeldcode (meldt niet af)',
    who: everyone,
    query: {
      schema: z.object({ code: z.optional(z.string()), lang: z.optional(z.string()) }),
      fieldOrder: ['code', 'lang'],
      descriptions: {
        code: 'De code uit de afmeldlink',
        lang: 'De taal van de pagina (nl, en, ar, tr, pl of uk), voor het antwoord als de code niet klopt',
      },
    },
    answers: {
      200: { description: 'De bijeenkomst en de stand van de aanmelding', schema: cancelLookup },
      404: meetingMessages.unknownCode,
    },
  }),
  cancel: route({
    method: 'post',
    path: '/afmelding',
    operationId: 'cancelByCode',
    summary: 'Meld je af; de plek gaat naar de eerste op de wachtlijst',
    who: everyone,
    body: { schema: cancelCodeInput, fieldOrder: ['code'], inLanguage: cancelInLanguage },
    answers: {
      200: { description: 'Afgemeld (ook als dat al eerder gebeurde)', schema: cancelDone },
      404: meetingMessages.unknownCode,
      409: 'De bijeenkomst is al begonnen',
      ...limitAnswers,
    },
  }),
};

export function meetingRoutes(deps: MeetingRouteDeps) {
  const r = meetingDeclarations;
  const limits = publicLimits(deps);
  // The limits after the sign-up's own checks (the address's cap reads the checked body),
  // written beside the meeting's read (sign-up.ts awaits them before its first write).
  const signUpChain = [...checks(r.signUp), limits.signUp] as const;
  return new Hono()
    .get(r.agenda.path, ...checks(r.agenda), async (c) => {
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
    .get(r.meeting.path, ...checks(r.meeting), async (c) => {
      const swv = c.req.param('swv');
      const meeting = await getMeeting(deps, c.req.param('meetingId'), { consistent: false });
      if (!meeting || !meeting.tenants.includes(swv)) {
        return c.json({ message: meetingMessages.unknownMeeting }, 404);
      }
      c.header('Cache-Control', 'no-store');
      return c.json(toPublicMeeting(meeting, deps.clock()));
    })
    .post(r.signUp.path, ...signUpChain, async (c) => {
      const swv = c.req.param('swv');
      const input = c.req.valid('json');
      const m = meetingAnswers[input.lang];
      if (!tenantSlugPattern.test(swv)) {
        return c.json({ message: m.unknownMeeting }, 404);
      }
      const outcome = await signUp(
        deps,
        swv,
        c.req.param('meetingId'),
        input,
        c.req.valid('header').key,
        () => admit(c),
      );
      switch (outcome.kind) {
        case 'refused':
          return refusal(c);
        case 'not-found':
          return c.json({ message: m.unknownMeeting }, 404);
        case 'closed':
          return c.json({ message: outcome.cancelled ? m.cancelled : m.closed }, 409);
        case 'key-reused':
          return c.json({ message: m.keyReused }, 422);
        case 'left':
          return c.json({ message: m.left }, 409);
        case 'waiting-full': {
          const message = waitingFullMessage(
            outcome.steunpuntName,
            outcome.steunpuntEmail,
            input.lang,
          );
          log.info('meeting.signup.waiting-full', { tenant: swv });
          // As a form error too, so the form shows it in its error summary.
          return c.json({ message, errors: [{ field: 'form', message }] }, 409);
        }
        case 'placed': {
          log.info(`meeting.signup.${outcome.status}`, { tenant: swv });
          const { status, position, meeting } = outcome;
          return c.json(
            { status, ...(position ? { position } : {}), meeting },
            outcome.created ? 201 : 200,
          );
        }
      }
    })
    .get(r.lookup.path, ...checks(r.lookup), async (c) => {
      const { code = '', lang } = c.req.valid('query');
      const outcome = await lookupByCode(deps, code);
      if (outcome.kind === 'not-found') {
        return c.json({ message: meetingAnswers[languageOf({ lang })].unknownCode }, 404);
      }
      c.header('Cache-Control', 'no-store');
      const { meeting, status, persons } = outcome;
      return c.json({ meeting, status, persons });
    })
    .post(r.cancel.path, limits.plainSubmission, ...checks(r.cancel), async (c) => {
      const { code, lang } = c.req.valid('json');
      const outcome = await cancelByCode(deps, code);
      if (outcome.kind === 'not-found') {
        return c.json({ message: meetingAnswers[lang].unknownCode }, 404);
      }
      if (outcome.kind === 'started') {
        return c.json({ message: meetingAnswers[lang].started }, 409);
      }
      log.info('meeting.cancelled-by-attendee', {});
      return c.json({ status: 'afgemeld' as const });
    });
}
