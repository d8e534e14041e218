/**
 * The public forms' routes: the form check, the topics the question form offers, and the
 * question's POST. The request for help with a complaint has its own module and function
 * (complaint-routes.ts); a new kind of intake adds its own the same way.
 */
import { Hono } from 'hono/tiny';
import {
  questionCreated,
  questionFieldOrder,
  questionInput,
} from '../cases/intakes/question-schema.ts';
import { questionInputFor } from '../cases/intakes/question-languages.ts';
import { questionOwnMessages } from '../cases/intakes/question-messages.ts';
import { languageOf } from '../core/form-language.ts';
import { questionIntake } from '../cases/intakes/question.ts';
import { offeredTopics } from '../topics/topic-list.ts';
import { publicTopics, type PublicTopics } from '../topics/topic-schema.ts';
import { readTopicSettings } from '../topics/topic-store.ts';
import { proofChallenge } from '../limits/challenge-schema.ts';
import type { ApiDeps } from './deps.ts';
import { publicIntakeRoute, publicTenant, receiveIntake, unknownTenant } from './public-intake.ts';
import { publicLimits } from './public-limits.ts';
import { checks, route } from './route-kit.ts';
import { swvParam } from './router.ts';
import { sourceLocale } from '../core/locales.ts';

const askTexts = {
  summary: 'Stel een vraag aan het ouder- en jeugdsteunpunt',
  created: 'De vraag is opgeslagen',
  replayed: 'Deze vraag was al ontvangen (zelfde sleutel)',
  keyReused: 'Deze sleutel hoort bij een andere vraag',
  keyReusedMessage: 'Deze sleutel is al gebruikt voor een andere vraag. Laad de pagina opnieuw.',
};

export const intakeDeclarations = {
  challenge: route({
    method: 'get',
    path: '/formuliercontrole',
    operationId: 'getFormChallenge',
    summary:
      'Een opdracht voor de browser (proof-of-work, ALTCHA): het antwoord gaat mee met een formulier in de header X-Proof-Of-Work',
    who: { role: 'public' },
    answers: {
      200: {
        description: 'De opdracht; tien minuten geldig, één keer te gebruiken',
        schema: proofChallenge,
      },
    },
  }),
  topics: route({
    method: 'get',
    path: '/swv/:swv/onderwerpen',
    operationId: 'listFormTopics',
    summary: 'De onderwerpen op het vraagformulier, op volgorde',
    who: { role: 'public' },
    params: { swv: swvParam },
    answers: {
      200: { description: 'De onderwerpen; een minuut te bewaren', schema: publicTopics },
      404: unknownTenant.message,
    },
  }),
  ask: publicIntakeRoute({
    path: '/swv/:swv/vragen',
    operationId: 'askQuestion',
    body: {
      schema: questionInput,
      fieldOrder: questionFieldOrder,
      // Field errors in the form's language; an unknown or missing `lang` is Dutch.
      inLanguage: (body) => {
        const lang = languageOf(body);
        return { schema: questionInputFor(lang), message: questionOwnMessages[lang].invalidInput };
      },
    },
    created: questionCreated,
    texts: askTexts,
  }),
};

export function intakeRoutes(deps: ApiDeps) {
  const { challenge, topics, ask } = intakeDeclarations;
  const receiveQuestion = receiveIntake(deps, questionIntake, askTexts, (input) => {
    const m = questionOwnMessages[input.lang ?? sourceLocale];
    return { invalidInput: m.invalidInput, keyReused: m.keyReused };
  });
  const limits = publicLimits(deps);
  return (
    new Hono()
      .get(challenge.path, ...checks(challenge), (c) => {
        c.header('cache-control', 'no-store');
        return c.json(limits.challenge(), 200);
      })
      .get(topics.path, ...checks(topics), async (c) => {
        const tenant = await publicTenant(deps, c.req.param('swv'));
        if (!tenant) return c.json(unknownTenant, 404);
        const body: PublicTopics = {
          topics: offeredTopics(await readTopicSettings(deps, tenant.steunpunt)),
        };
        // Short: a topic the coördinator adds or hides reaches the form within a minute.
        c.header('cache-control', 'public, max-age=60');
        return c.json(body, 200);
      })
      // The limits after the route's checks: a body the schema refuses costs no write.
      .post(ask.path, ...checks(ask), limits.intake, (c) =>
        receiveQuestion(c, c.req.param('swv'), c.req.valid('json'), c.req.valid('header').key),
      )
  );
}
