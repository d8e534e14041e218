/**
 * "Nog in te vullen": what a steunpunt still has to fill in so that parents can reach it.
 * A coördinator reads their own steunpunt, the beheerder reads all of them. Counts and
 * empty fields only, never a name or an address of a person.
 */
import { Hono } from 'hono/tiny';
import { listSteunpuntGaps, steunpuntGaps } from '../admin/steunpunt-gaps.ts';
import type { BackofficeEnv } from '../auth/middleware.ts';
import type { TableHandle } from '../core/table-deps.ts';
import { checks, route } from './route-kit.ts';

export const gapsDeclarations = {
  own: route({
    method: 'get',
    path: '/backoffice/nog-in-te-vullen',
    operationId: 'getOwnSteunpuntGaps',
    summary: 'Wat je steunpunt nog moet invullen: lege contactgegevens en actieve accounts',
    who: { role: 'coordinator' },
    answers: { 200: 'Je eigen steunpunt, met de lege contactgegevens en het aantal accounts' },
  }),
  all: route({
    method: 'get',
    path: '/backoffice/beheer/nog-in-te-vullen',
    operationId: 'listSteunpuntGaps',
    summary: 'Wat elk steunpunt nog moet invullen; de dringende eerst',
    who: { role: 'beheerder' },
    answers: { 200: 'Alle steunpunten, zonder antwoordadres of actieve medewerker eerst' },
  }),
};

export function backofficeGapsRoutes(store: TableHandle) {
  const { own, all } = gapsDeclarations;
  return new Hono<BackofficeEnv>()
    .get(own.path, ...checks(own), async (c) => {
      // The guard let only a coördinator through, so the caller has a steunpunt.
      const steunpunt = c.get('staff').steunpunt;
      return c.json({ steunpunten: [await steunpuntGaps(store, steunpunt)] }, 200);
    })
    .get(all.path, ...checks(all), async (c) =>
      c.json({ steunpunten: await listSteunpuntGaps(store) }, 200),
    );
}
