/**
 * The national monitor for the beheerder: `GET /api/backoffice/beheer/monitor` answers
 * the figures of every SWV together for a period, protected like an SWV's own
 * (functions/monitor/national-read.ts). It names no SWV, so the beheerder, who reads no
 * SWV's monitor, learns nothing of one.
 */
import { Hono } from 'hono/tiny';
import type { BackofficeEnv } from '../auth/middleware.ts';
import type { Clock } from '../lib/clock.ts';
import { publicFigures, trendLengths } from '../monitor/monitor-read.ts';
import type { ReadNational } from '../monitor/national-read.ts';
import { hasEnded, periodChoices } from '../monitor/period-choices.ts';
import { chosenPeriod, monitorMessages, periodQuery } from './monitor-routes.ts';
import { checks, route } from './route-kit.ts';
import { fieldProblem } from './router.ts';

export const nationalMonitorDeclarations = {
  figures: route({
    method: 'get',
    path: '/backoffice/beheer/monitor',
    operationId: 'getNationalMonitor',
    summary:
      'De cijfers van alle samenwerkingsverbanden samen over een periode, met kleine aantallen verborgen',
    who: { role: 'beheerder' },
    query: periodQuery,
    answers: {
      200: 'De beschermde cijfers van alle samenwerkingsverbanden samen, met hoeveel het er zijn en de perioden om uit te kiezen',
    },
  }),
};

export interface NationalMonitorDeps {
  clock: Clock;
  readNational: ReadNational;
}

export function nationalMonitorRoutes(deps: NationalMonitorDeps) {
  const { figures } = nationalMonitorDeclarations;
  return new Hono<BackofficeEnv>().get(figures.path, ...checks(figures), async (c) => {
    const now = deps.clock();
    const period = chosenPeriod(c.req.valid('query').period, now);
    if (!hasEnded(period, now)) return fieldProblem(c, 'period', monitorMessages.notEnded);
    const read = await deps.readNational({ period, trendLength: trendLengths[period.kind] });
    return c.json(
      {
        ...publicFigures(read.figures),
        swvs: read.swvs,
        steunpunten: read.steunpunten,
        periods: periodChoices(period, now),
      },
      200,
    );
  });
}
