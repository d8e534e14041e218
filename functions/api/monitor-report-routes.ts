/**
 * The half-year report (functions/monitor/half-year-report.ts). A coördinator of the SWV's
 * steunpunt opens the draft (generated from the protected figures of the half year, or the
 * snapshot once published), saves its introduction and recommendations, and publishes it;
 * the SWV's reader lists and reads the published reports of their own SWV. Every SWV the
 * caller may not read answers as one that does not exist (the own-monitor rule), and so
 * does a half year that has not ended or was not published.
 */
import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import { principalOf, type BackofficeEnv } from '../auth/middleware.ts';
import { readersOf } from '../auth/user-directory.ts';
import { recordCaseAudit } from '../cases/case-audit.ts';
import type { AuditAction } from '../cases/case.ts';
import type { TableDeps } from '../core/table-deps.ts';
import { log } from '../lib/log.ts';
import {
  publishedReports,
  publishReport,
  readReport,
  reportView,
  saveReportText,
} from '../monitor/half-year-report.ts';
import { trendLengths, type ReadMonitor } from '../monitor/monitor-read.ts';
import { hasEnded } from '../monitor/period-choices.ts';
import { lastComplete, parsePeriod, type Period } from '../monitor/periods.ts';
import {
  halfYearPattern,
  publishReportFieldOrder,
  publishReportInput,
  reportTextFieldOrder,
  reportTextInput,
} from '../monitor/report-input.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';
import { ownMonitor } from './guard.ts';
import { checks, route } from './route-kit.ts';
import { invalidInputMessage, pathParam, swvParam } from './router.ts';

export const reportMessages = {
  notFound: 'Deze rapportage bestaat niet.',
  published: 'Deze rapportage is al gepubliceerd. Daarna verandert hij niet meer.',
  conflict:
    'Iemand anders heeft deze rapportage net veranderd. Laad hem opnieuw en probeer het nog eens.',
  intro: 'Schrijf een inleiding en bewaar die voordat je publiceert',
  recommendations: 'Schrijf de aanbevelingen en bewaar die voordat je publiceert',
} as const;

const editor = { role: 'coordinator', tenant: 'own-monitor' } as const;
const reader = { role: 'swv-reader', tenant: 'own-monitor' } as const;
const reportParams = { swv: swvParam, period: pathParam(halfYearPattern) };

export const reportDeclarations = {
  draft: route({
    method: 'get',
    path: '/backoffice/rapportages/:swv/:period/concept',
    operationId: 'getReportDraft',
    summary: 'De halfjaarrapportage van een samenwerkingsverband om te schrijven en te bekijken',
    who: editor,
    params: reportParams,
    answers: {
      200: 'De rapportage met de beschermde cijfers (van nu, of van het moment van publiceren)',
      404: reportMessages.notFound,
    },
  }),
  save: route({
    method: 'put',
    path: '/backoffice/rapportages/:swv/:period/concept',
    operationId: 'saveReportDraft',
    summary: 'De inleiding en de aanbevelingen van een halfjaarrapportage bewaren',
    who: editor,
    params: reportParams,
    body: { schema: reportTextInput, fieldOrder: reportTextFieldOrder },
    answers: {
      200: 'Bewaard, met de nieuwe versie',
      404: reportMessages.notFound,
      409: 'Al gepubliceerd, of net door iemand anders veranderd',
    },
  }),
  publish: route({
    method: 'post',
    path: '/backoffice/rapportages/:swv/:period/publiceren',
    operationId: 'publishReport',
    summary: 'Een halfjaarrapportage publiceren: de lezers krijgen een e-mail',
    who: editor,
    params: reportParams,
    body: { schema: publishReportInput, fieldOrder: publishReportFieldOrder },
    idempotent: true,
    answers: {
      200: 'Gepubliceerd (ook als dat al gebeurd was)',
      404: reportMessages.notFound,
      409: 'Net door iemand anders veranderd',
    },
  }),
  list: route({
    method: 'get',
    path: '/backoffice/rapportages/:swv',
    operationId: 'listReports',
    summary: 'De gepubliceerde halfjaarrapportages van een samenwerkingsverband',
    who: reader,
    params: { swv: swvParam },
    answers: {
      200: 'De gepubliceerde rapportages, de nieuwste eerst, en het laatste hele halfjaar',
    },
  }),
  read: route({
    method: 'get',
    path: '/backoffice/rapportages/:swv/:period',
    operationId: 'getReport',
    summary: 'Een gepubliceerde halfjaarrapportage lezen',
    who: reader,
    params: reportParams,
    answers: {
      200: 'De rapportage zoals hij gepubliceerd is',
      404: reportMessages.notFound,
    },
  }),
};

export interface ReportRouteDeps extends TableDeps {
  tenants: TenantLookup;
  /** The protected figures (monitor-read.ts), as the monitor's own route reads them. */
  readMonitor: ReadMonitor;
  /** The site's origin, for the link in the readers' mail. */
  siteOrigin: string;
}

/** The half year in the URL, when it is one that has ended; else undefined (404). */
function endedHalfYear(id: string, now: Date): Period | undefined {
  const period = halfYearPattern.test(id) ? parsePeriod(id) : undefined;
  return period && hasEnded(period, now) ? period : undefined;
}

export function reportRoutes(deps: ReportRouteDeps) {
  const { draft, save, publish, list, read } = reportDeclarations;
  const rules = { 'own-monitor': ownMonitor(deps.tenants) };

  const liveFigures = (c: Context<BackofficeEnv>, period: Period) =>
    deps.readMonitor({
      tenant: c.get('monitorTenant'),
      period,
      trendLength: trendLengths.halfjaar,
    });

  /** One entry in the log of the SWV's steunpunt: the SWV and the half year, nothing else. */
  const audit = (c: Context<BackofficeEnv>, action: AuditAction, period: Period, key?: string) => {
    const principal = principalOf(c);
    const tenant = c.get('monitorTenant');
    return recordCaseAudit(
      deps,
      { ...principal, steunpunt: tenant.steunpunt },
      action,
      { tenant: tenant.slug, reference: period.id },
      deps.clock(),
      key,
    );
  };

  const notFound = (c: Context<BackofficeEnv>) => c.json({ message: reportMessages.notFound }, 404);

  return new Hono<BackofficeEnv>()
    .get(draft.path, ...checks(draft, rules), async (c) => {
      const period = endedHalfYear(c.req.param('period'), deps.clock());
      if (!period) return notFound(c);
      const tenant = c.get('monitorTenant');
      const item = await readReport(deps, tenant.slug, period.id);
      const live = item?.state === 'published' ? undefined : await liveFigures(c, period);
      return c.json(reportView(tenant, period, item, live), 200);
    })
    .put(save.path, ...checks(save, rules), async (c) => {
      const period = endedHalfYear(c.req.param('period'), deps.clock());
      if (!period) return notFound(c);
      const staff = c.get('staff');
      const tenant = c.get('monitorTenant');
      const outcome = await saveReportText(
        deps,
        staff,
        tenant.slug,
        period.id,
        c.req.valid('json'),
      );
      if (outcome.kind === 'published') return c.json({ message: reportMessages.published }, 409);
      if (outcome.kind === 'conflict') return c.json({ message: reportMessages.conflict }, 409);
      await audit(c, 'report-saved', period, `${period.id}#${outcome.version}`);
      return c.json({ version: outcome.version }, 200);
    })
    .post(publish.path, ...checks(publish, rules), async (c) => {
      const period = endedHalfYear(c.req.param('period'), deps.clock());
      if (!period) return notFound(c);
      const tenant = c.get('monitorTenant');
      const [figures, readers] = await Promise.all([
        liveFigures(c, period),
        readersOf(deps.db, deps.tableName, tenant.slug),
      ]);
      const outcome = await publishReport(
        deps,
        c.get('staff'),
        tenant,
        period,
        c.req.valid('json'),
        figures,
        readers,
        deps.siteOrigin,
      );
      if (outcome.kind === 'conflict') return c.json({ message: reportMessages.conflict }, 409);
      if (outcome.kind === 'incomplete') {
        return c.json(
          {
            message: invalidInputMessage,
            errors: [{ field: outcome.field, message: reportMessages[outcome.field] }],
          },
          400,
        );
      }
      if (!outcome.replayed) {
        await audit(c, 'report-published', period, c.req.valid('header').key);
        log.info('report.published', { tenant: tenant.slug, count: outcome.mails });
      }
      return c.json({ state: 'published' as const, publishedAt: outcome.publishedAt }, 200);
    })
    .get(list.path, ...checks(list, rules), async (c) => {
      const tenant = c.get('monitorTenant');
      const reports = await publishedReports(deps, tenant.slug);
      // The half year a coördinator can write about now (the browser has no calendar code).
      const latest = lastComplete('halfjaar', deps.clock());
      return c.json(
        {
          swv: { slug: tenant.slug, name: tenant.name },
          latest: { id: latest.id, label: latest.label },
          reports: reports.map((report) => ({
            ...report,
            label: parsePeriod(report.period)?.label ?? report.period,
          })),
        },
        200,
      );
    })
    .get(read.path, ...checks(read, rules), async (c) => {
      const period = endedHalfYear(c.req.param('period'), deps.clock());
      const tenant = c.get('monitorTenant');
      const item = period ? await readReport(deps, tenant.slug, period.id) : undefined;
      if (!period || item?.state !== 'published') return notFound(c);
      await audit(c, 'report-read', period);
      return c.json(reportView(tenant, period, item, undefined), 200);
    });
}
