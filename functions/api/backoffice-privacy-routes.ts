/**
 * Requests from a person under the AVG, handled by a coördinator for their own
 * steunpunt: find the person's cases (inzage), export everything stored about them, and
 * erase it. The person is found by e-mail address, phone number or both; these travel
 * in the body (never in a URL, which ends up in logs) and are never logged or stored;
 * the audit log records each case touched.
 */
import { Hono } from 'hono/tiny';
import type { BackofficeEnv } from '../auth/middleware.ts';
import { toSummary } from '../cases/case-view.ts';
import { log } from '../lib/log.ts';
import { amsterdamDay } from '../core/amsterdam-month.ts';
import { recordAudit } from '../audit/audit.ts';
import { exportPerson, findPersonCases } from '../privacy/person-cases.ts';
import { erasePerson } from '../privacy/person-erasure.ts';
import { personFieldOrder, personInput } from '../privacy/person-input.ts';
import type { PrivacyRouteDeps } from '../privacy/privacy-deps.ts';
import type { Who } from './guard.ts';
import { checks, route } from './route-kit.ts';

const noneFound = {
  message: 'Bij jouw steunpunt staan geen vragen van deze persoon.',
};

/** Only a coördinator of a steunpunt handles person requests, and only for that steunpunt. */
const coordinator = {
  role: 'coordinator',
  refusal: 'Alleen een coördinator kan verzoeken over persoonsgegevens afhandelen.',
} as const satisfies Who;
const body = { schema: personInput, fieldOrder: personFieldOrder };

export const privacyDeclarations = {
  search: route({
    method: 'post',
    path: '/backoffice/personen/zoeken',
    operationId: 'findPersonCases',
    summary: 'Alle dossiers van één persoon zoeken (e-mailadres of telefoonnummer)',
    who: coordinator,
    body,
    answers: { 200: 'De dossiers van deze persoon bij het steunpunt' },
  }),
  export: route({
    method: 'post',
    path: '/backoffice/personen/export',
    operationId: 'exportPerson',
    summary: 'Alles van één persoon exporteren (inzage)',
    who: coordinator,
    body,
    answers: { 200: 'Alles wat over deze persoon is bewaard', 404: noneFound.message },
  }),
  erase: route({
    method: 'post',
    path: '/backoffice/personen/verwijderen',
    operationId: 'erasePerson',
    summary: 'De persoonsgegevens van één persoon wissen',
    who: coordinator,
    body,
    idempotent: true,
    answers: {
      200: 'Gewist; welke dossiers en wanneer',
      404: noneFound.message,
      409: 'Niet alles is afgerond; de open dossiers staan erbij',
      422: 'Deze sleutel hoort bij een ander verzoek',
    },
  }),
};

export function backofficePrivacyRoutes(deps: PrivacyRouteDeps) {
  const { search, export: exportRoute, erase } = privacyDeclarations;
  return new Hono<BackofficeEnv>()
    .post(search.path, ...checks(search), async (c) => {
      const staff = c.get('staff');
      const found = await findPersonCases(deps, c.req.valid('json'), staff.steunpunt);
      const now = deps.clock();
      await recordAudit(
        deps,
        staff,
        'inzage',
        found.map(({ item }) => item),
      );
      log.info('privacy.search', { count: found.length });
      return c.json({ cases: found.map(({ item }) => toSummary(item, now)) });
    })
    .post(exportRoute.path, ...checks(exportRoute), async (c) => {
      const staff = c.get('staff');
      const found = await findPersonCases(deps, c.req.valid('json'), staff.steunpunt);
      if (found.length === 0) return c.json(noneFound, 404);
      const now = deps.clock();
      const document = await exportPerson(deps, found, now);
      await recordAudit(
        deps,
        staff,
        'export',
        found.map(({ item }) => item),
      );
      log.info('privacy.export', { count: found.length });
      // The file name says what it is and when, not whose it is.
      c.header(
        'Content-Disposition',
        `attachment; filename="persoonsgegevens-${amsterdamDay(now)}.json"`,
      );
      c.header('Cache-Control', 'no-store');
      return c.json(document);
    })
    .post(erase.path, ...checks(erase), async (c) => {
      const outcome = await erasePerson(
        deps,
        c.get('staff'),
        c.req.valid('json'),
        c.req.valid('header').key,
      );
      switch (outcome.kind) {
        case 'nothing-found':
          return c.json(noneFound, 404);
        case 'key-reused':
          return c.json(
            {
              message:
                'Deze sleutel is al gebruikt voor een ander verzoek. Laad de pagina opnieuw.',
            },
            422,
          );
        case 'open-cases': {
          const list = outcome.cases.map((ref) => `${ref.reference} (${ref.tenant})`).join(', ');
          return c.json(
            {
              message:
                `Niet alles is afgerond. Rond eerst deze vragen af: ${list}. ` +
                'Vraag daarna opnieuw om de gegevens te verwijderen. ' +
                (outcome.started
                  ? 'De gegevens bij de andere vragen zijn al verwijderd.'
                  : 'Er is nog niets verwijderd.'),
              cases: outcome.cases,
            },
            409,
          );
        }
        case 'erased':
          log.info('privacy.erased', { count: outcome.cases.length });
          return c.json({ erased: outcome.cases, erasedAt: outcome.erasedAt });
      }
    });
}
