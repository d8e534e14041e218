/**
 * The monitor's figures as a file: `GET /api/backoffice/monitor/:swv/export.csv` (for
 * Dutch Excel) and `…/export.xlsx`, for the same period and to the same people as the
 * view (the own-monitor rule). The file holds what the view gets and nothing more: the
 * reader's answer passes `publicFigures`, and a hidden count is written as its sign
 * (functions/monitor/export-table.ts), never as a number.
 */
import { Hono } from 'hono/tiny';
import type { BackofficeEnv } from '../auth/middleware.ts';
import { monitorCsv, csvContentType } from '../monitor/csv.ts';
import { exportFileName, exportTable } from '../monitor/export-table.ts';
import { publicFigures, trendLengths } from '../monitor/monitor-read.ts';
import { hasEnded } from '../monitor/period-choices.ts';
import type { Period } from '../monitor/periods.ts';
import { monitorXlsx, xlsxContentType } from '../monitor/xlsx.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import { ownMonitor } from './guard.ts';
import {
  chosenPeriod,
  monitorMessages,
  periodQuery,
  type MonitorRouteDeps,
} from './monitor-routes.ts';
import { checks, route } from './route-kit.ts';
import { fieldProblem, swvParam } from './router.ts';

const who = { role: 'swv-reader', tenant: 'own-monitor' } as const;

export const monitorExportDeclarations = {
  csv: route({
    method: 'get',
    path: '/backoffice/monitor/:swv/export.csv',
    operationId: 'exportMonitorCsv',
    summary: 'De cijfers van de monitor als CSV voor Excel, met kleine aantallen verborgen',
    who,
    params: { swv: swvParam },
    query: periodQuery,
    answers: {
      200: 'Een CSV (UTF-8 met BOM, puntkomma, CRLF): periode, onderdeel, waarde, aantal, en de toelichting',
    },
  }),
  xlsx: route({
    method: 'get',
    path: '/backoffice/monitor/:swv/export.xlsx',
    operationId: 'exportMonitorXlsx',
    summary: 'De cijfers van de monitor als Excel-bestand, met kleine aantallen verborgen',
    who,
    params: { swv: swvParam },
    query: periodQuery,
    answers: { 200: 'Een Excel-bestand (.xlsx) met dezelfde cellen als de CSV' },
  }),
};

/** The protected figures of the period as the export's table, and the file's name. */
async function tableFor(deps: MonitorRouteDeps, tenant: Tenant, period: Period) {
  const figures = publicFigures(
    await deps.readMonitor({ tenant, period, trendLength: trendLengths[period.kind] }),
  );
  return { table: exportTable(figures), name: exportFileName(figures) };
}

const fileHeaders = (contentType: string, fileName: string) => ({
  'Content-Type': contentType,
  'Content-Disposition': `attachment; filename="${fileName}"`,
  'Cache-Control': 'no-store',
});

export function monitorExportRoutes(deps: MonitorRouteDeps) {
  const { csv, xlsx } = monitorExportDeclarations;
  const tenantChecks = { 'own-monitor': ownMonitor(deps.tenants) };
  return new Hono<BackofficeEnv>()
    .get(csv.path, ...checks(csv, tenantChecks), async (c) => {
      const now = deps.clock();
      const period = chosenPeriod(c.req.valid('query').period, now);
      if (!hasEnded(period, now)) return fieldProblem(c, 'period', monitorMessages.notEnded);
      const { table, name } = await tableFor(deps, c.get('monitorTenant'), period);
      return c.body(monitorCsv(table), 200, fileHeaders(csvContentType, `${name}.csv`));
    })
    .get(xlsx.path, ...checks(xlsx, tenantChecks), async (c) => {
      const now = deps.clock();
      const period = chosenPeriod(c.req.valid('query').period, now);
      if (!hasEnded(period, now)) return fieldProblem(c, 'period', monitorMessages.notEnded);
      const { table, name } = await tableFor(deps, c.get('monitorTenant'), period);
      return c.body(await monitorXlsx(table), 200, fileHeaders(xlsxContentType, `${name}.xlsx`));
    });
}
