/**
 * The Signaleringsmonitor for the SWV's board: `GET /api/backoffice/monitor/:swv` answers
 * one SWV's protected figures for a period (a hidden count is never a number here). Who
 * reads which SWV is the own-monitor rule (guard.ts, canReadMonitorOf): an SWV reader
 * their own SWV, a coördinator every SWV of their steunpunt. A medewerker has no monitor:
 * the issue gives it to the board and the coördinator who curates it, and the medewerker
 * sees the cases themselves. A beheerder neither: they read every SWV together, naming none
 * (national-monitor-routes.ts).
 */
import { Hono } from 'hono/tiny';
import * as z from 'zod/mini';
import type { BackofficeEnv } from '../auth/middleware.ts';
import { publicFigures, trendLengths, type ReadMonitor } from '../monitor/monitor-read.ts';
import { hasEnded, periodChoices } from '../monitor/period-choices.ts';
import { lastComplete, parsePeriod, type Period } from '../monitor/periods.ts';
import type { Clock } from '../lib/clock.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';
import { ownMonitor } from './guard.ts';
import { checks, route } from './route-kit.ts';
import { fieldProblem, swvParam } from './router.ts';

export const monitorMessages = {
  badPeriod: 'Kies een periode zoals 2026-05, 2026-K2, 2026-H1 of 2025-2026',
  notEnded: 'Deze periode is nog niet voorbij. Kies een periode die al voorbij is.',
} as const;

const monitorQuery = z.object({
  period: z.optional(
    z
      .string()
      .check(z.refine((id) => parsePeriod(id) !== undefined, { error: monitorMessages.badPeriod })),
  ),
});

/** The period a monitor route reads (the view and the exports alike). */
export const periodQuery = {
  schema: monitorQuery,
  fieldOrder: ['period'],
  descriptions: {
    period:
      'De periode: een maand (2026-05), kwartaal (2026-K2), halfjaar (2026-H1) of schooljaar (2025-2026); zonder: het laatste hele halfjaar',
  },
};

export const monitorDeclarations = {
  figures: route({
    method: 'get',
    path: '/backoffice/monitor/:swv',
    operationId: 'getMonitor',
    summary:
      'De cijfers van een samenwerkingsverband over een periode, met kleine aantallen verborgen',
    who: { role: 'swv-reader', tenant: 'own-monitor' },
    params: { swv: swvParam },
    query: periodQuery,
    answers: {
      200: 'De beschermde cijfers van de periode, de vorige, die van een jaar eerder en de trend, met de perioden om uit te kiezen',
    },
  }),
};

/** The period asked for, or by default the last whole half year (the query is checked). */
export const chosenPeriod = (asked: string | undefined, now: Date): Period =>
  asked ? parsePeriod(asked)! : lastComplete('halfjaar', now);

export interface MonitorRouteDeps {
  tenants: TenantLookup;
  clock: Clock;
  /** Reads and protects the figures (app.ts gives monitor-read.ts's monitorReader). */
  readMonitor: ReadMonitor;
}

export function monitorRoutes(deps: MonitorRouteDeps) {
  const { figures } = monitorDeclarations;
  const tenantChecks = { 'own-monitor': ownMonitor(deps.tenants) };
  return new Hono<BackofficeEnv>().get(
    figures.path,
    ...checks(figures, tenantChecks),
    async (c) => {
      const now = deps.clock();
      const period = chosenPeriod(c.req.valid('query').period, now);
      if (!hasEnded(period, now)) return fieldProblem(c, 'period', monitorMessages.notEnded);
      const read = await deps.readMonitor({
        tenant: c.get('monitorTenant'),
        period,
        trendLength: trendLengths[period.kind],
      });
      return c.json({ ...publicFigures(read), periods: periodChoices(period, now) }, 200);
    },
  );
}
