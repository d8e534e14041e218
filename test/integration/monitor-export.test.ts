/**
 * The monitor's exports (functions/api/monitor-export-routes.ts) with real tokens: the
 * same people as the view, the content types and Dutch file names, the period checks,
 * and that a reader which carries too much still exports only the protected figures.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../../functions/api/app.ts';
import { monitorMessages } from '../../functions/api/monitor-routes.ts';
import type { ReadMonitor } from '../../functions/monitor/monitor-read.ts';
import type { Shown } from '../../functions/monitor/monitor-types.ts';
import { type LocalAws } from '../support/local-aws.ts';
import { fixtureReader, protectedFigures } from '../support/monitor-fixtures.ts';
import { startSignedInApp, stopSignedInApp, type RunningIdp } from '../support/signed-in-app.ts';
import { readSheet, sheetXml } from '../support/xlsx-reader.ts';
import {
  demoTokens,
  foreign,
  joosts,
  seedMonitorTenants,
  sibling,
} from '../support/monitor-tenants.ts';

const now = new Date('2026-11-24T10:00:00Z');

/** What a mistaken reader could carry besides the figures; none of it may be exported. */
const secret = { name: 'Daan de Vries-Smit', reference: 'V-2026-000123', hidden: 987654 };

const leakyReader: ReadMonitor = async (request) => {
  const figures = protectedFigures(request.tenant.slug, request.period, request.trendLength);
  const hiddenWithValue = {
    shown: false,
    reason: 'klein',
    value: secret.hidden,
  } as unknown as Shown;
  return {
    ...figures,
    name: secret.name,
    current: {
      ...figures.current,
      reference: secret.reference,
      byDimension: {
        ...figures.current.byDimension,
        topic: { ...figures.current.byDimension.topic, opp: hiddenWithValue },
      },
    },
  };
};

let idp: RunningIdp;
let aws: LocalAws;
let app: ReturnType<typeof createApp>;
const reader = fixtureReader(leakyReader);
const tokens: Record<string, string> = {};

beforeAll(async () => {
  ({ aws, idp, app } = await startSignedInApp({
    seed: seedMonitorTenants,
    deps: () => ({ clock: () => now, readMonitor: reader }),
  }));
  Object.assign(
    tokens,
    await demoTokens(idp, [
      'joost-swv-lezer',
      'ruud-coordinator',
      'sanne-medewerker',
      'fatima-medewerker',
      'ingrid-beheerder',
    ]),
  );
});
afterAll(() => stopSignedInApp({ aws, idp }));

const formats = ['csv', 'xlsx'] as const;
const get = (user: string | undefined, slug: string, format: string, query = '') =>
  app.request(`/api/backoffice/monitor/${slug}/export.${format}${query}`, {
    headers: user ? { authorization: `Bearer ${tokens[user]}` } : {},
  });

describe('GET /api/backoffice/monitor/:swv/export.csv and export.xlsx', () => {
  it('gives Joost his own SWV as a CSV for Dutch Excel, by default the last whole half year', async () => {
    reader.asked.length = 0;
    const response = await get('joost-swv-lezer', joosts.slug, 'csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="signaleringsmonitor-po-haarlemmermeer-2026-H1.csv"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    const rows = parse(text, { delimiter: ';', relaxColumnCount: true }) as string[][];
    expect(rows[0]).toEqual(['Periode', 'Onderdeel', 'Waarde', 'Aantal']);
    expect(rows).toContainEqual(['1e halfjaar 2026', 'Contacten', 'Alle contacten', '52']);
    expect(reader.asked).toEqual([
      expect.objectContaining({
        period: expect.objectContaining({ id: '2026-H1' }),
        trendLength: 6,
      }),
    ]);
  });

  it('gives the period asked for as an Excel workbook with the same cells', async () => {
    const response = await get('joost-swv-lezer', joosts.slug, 'xlsx', '?period=2026-K3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="signaleringsmonitor-po-haarlemmermeer-2026-K3.xlsx"',
    );
    const { rows } = readSheet(new Uint8Array(await response.arrayBuffer()));
    expect(rows[0]?.map((cell) => cell.value)).toEqual([
      'Periode',
      'Onderdeel',
      'Waarde',
      'Aantal',
    ]);
    expect(rows.map((row) => row.map((cell) => cell.value))).toContainEqual([
      '3e kwartaal 2026',
      'Contacten',
      'Alle contacten',
      52,
    ]);
  });

  it('lets a coördinator export every SWV of the steunpunt and keeps the rest as not found', async () => {
    for (const format of formats) {
      for (const slug of [joosts.slug, sibling.slug]) {
        expect((await get('ruud-coordinator', slug, format)).status, `${format} ${slug}`).toBe(200);
      }
      expect((await get('ruud-coordinator', foreign.slug, format)).status).toBe(404);
      for (const slug of [sibling.slug, foreign.slug, 'bestaat-niet']) {
        const response = await get('joost-swv-lezer', slug, format);
        expect(response.status, `${format} ${slug}`).toBe(404);
        expect(await response.json()).toEqual({ message: 'Deze monitor bestaat niet.' });
      }
    }
  });

  it('refuses medewerkers, the beheerder and anyone not signed in, before reading the period', async () => {
    for (const format of formats) {
      for (const user of ['sanne-medewerker', 'fatima-medewerker', 'ingrid-beheerder']) {
        const response = await get(user, joosts.slug, format, '?period=nonsense');
        expect(response.status, `${format} ${user}`).toBe(403);
        expect(await response.json()).toEqual({ message: 'Je hebt geen toegang tot de monitor.' });
      }
      expect((await get(undefined, joosts.slug, format)).status).toBe(401);
    }
  });

  it('refuses a period that does not exist or has not ended, with a message at the field', async () => {
    for (const format of formats) {
      for (const [id, message] of [
        ['2026-H3', monitorMessages.badPeriod],
        ['2027-K1', monitorMessages.notEnded],
        ['2026-H2', monitorMessages.notEnded],
      ] as const) {
        const response = await get('joost-swv-lezer', joosts.slug, format, `?period=${id}`);
        expect(response.status, `${format} ${id}`).toBe(400);
        expect((await response.json()).errors).toEqual([{ field: 'period', message }]);
      }
    }
  });

  it('exports only the protected figures, whatever else the reader carries', async () => {
    // Read as bytes: text() would drop the BOM.
    const csv = Buffer.from(
      await (await get('ruud-coordinator', joosts.slug, 'csv')).arrayBuffer(),
    ).toString('utf8');
    const xlsx = sheetXml(
      new Uint8Array(await (await get('ruud-coordinator', joosts.slug, 'xlsx')).arrayBuffer()),
    );
    for (const file of [csv, xlsx]) {
      for (const value of Object.values(secret)) expect(file).not.toContain(String(value));
      expect(file).toContain('minder dan 5');
    }
    const rows = parse(csv.slice(1), { delimiter: ';', relaxColumnCount: true }) as string[][];
    expect(rows).toContainEqual([
      '1e halfjaar 2026',
      'Onderwerp',
      expect.any(String),
      'minder dan 5',
    ]);
  });
});
