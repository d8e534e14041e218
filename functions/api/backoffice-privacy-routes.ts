/**
 * Requests from a person under the AVG, handled by a coördinator for their own
 * steunpunt: find the person's cases (inzage), export everything stored about them, and
 * erase it. The person is found by e-mail address, phone number or both; these travel
 * in the body (never in a URL, which ends up in logs) and are never logged or stored;
 * the audit log records each case touched.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Principal } from '../auth/principal.ts';
import { log } from '../lib/log.ts';
import { amsterdamDay } from '../core/amsterdam-month.ts';
import { recordAudit } from '../audit/audit.ts';
import { toSummary } from '../cases/case-view.ts';
import { exportPerson, findPersonCases } from '../privacy/person-cases.ts';
import { erasePerson } from '../privacy/person-erasure.ts';
import { personFieldOrder, personInput } from '../privacy/person-input.ts';
import type { PrincipalEnv } from '../privacy/principal-context.ts';
import type { PrivacyRouteDeps } from '../privacy/privacy-deps.ts';
import { idempotencyKey, jsonBody } from './router.ts';

type Coordinator = Principal & { steunpunt: string };

const noneFound = {
  message: 'Bij jouw steunpunt staan geen vragen van deze persoon.',
};

/** Only a coördinator of a steunpunt handles person requests, and only for that steunpunt. */
const requireCoordinator = createMiddleware<PrincipalEnv>(async (c, next) => {
  const principal = c.get('principal');
  if (!principal) return c.json({ message: 'Je bent niet ingelogd. Log opnieuw in.' }, 401);
  if (principal.role !== 'coordinator' || !principal.steunpunt) {
    return c.json(
      { message: 'Alleen een coördinator kan verzoeken over persoonsgegevens afhandelen.' },
      403,
    );
  }
  await next();
});

const coordinatorOf = (principal: Principal | undefined) => principal as Coordinator;

export function backofficePrivacyRoutes(deps: PrivacyRouteDeps) {
  const body = jsonBody(personInput, personFieldOrder);
  return new Hono<PrincipalEnv>()
    .use('/backoffice/personen/*', requireCoordinator)
    .post('/backoffice/personen/zoeken', body, async (c) => {
      const principal = coordinatorOf(c.get('principal'));
      const found = await findPersonCases(deps, c.req.valid('json'), principal.steunpunt);
      const now = deps.clock();
      await recordAudit(
        deps,
        principal,
        'inzage',
        found.map(({ item }) => item),
      );
      log.info('privacy.search', { count: found.length });
      return c.json({ cases: found.map(({ item }) => toSummary(item, now)) });
    })
    .post('/backoffice/personen/export', body, async (c) => {
      const principal = coordinatorOf(c.get('principal'));
      const found = await findPersonCases(deps, c.req.valid('json'), principal.steunpunt);
      if (found.length === 0) return c.json(noneFound, 404);
      const now = deps.clock();
      const document = await exportPerson(deps, found, now);
      await recordAudit(
        deps,
        principal,
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
    .post('/backoffice/personen/verwijderen', idempotencyKey, body, async (c) => {
      const principal = coordinatorOf(c.get('principal'));
      const outcome = await erasePerson(
        deps,
        principal,
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
