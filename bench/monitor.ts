/**
 * The monitor's read for a half year with every breakdown, on 100,000 facts over three
 * years for one steunpunt of three SWVs: latency (p50, p99) and items read, next to a
 * baseline measured in the same run that reads all facts of that half year and counts
 * them. Also what one dirty month costs to rebuild. Facts are written in bulk
 * (BatchWrite) as `factOf` makes them; the summaries by the real rebuild.
 */
import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { factOf, factsOf, type MonitorFact } from '../functions/monitor/facts.ts';
import { readFigures, readFiguresOf, summariesOf } from '../functions/monitor/figures.ts';
import { rebuildSummary, summarise } from '../functions/monitor/month-summary.ts';
import { parsePeriod, periodBefore } from '../functions/monitor/periods.ts';
import { startLocalAws } from '../test/support/local-aws.ts';
import { percentile, ratio, table } from './stats.ts';

const topics = [
  'ondersteuning',
  'thuiszitten',
  'speciaal-onderwijs',
  'opp',
  'overstap',
  'schoolkeuze',
  'contact-school',
  'onderwijs-zorg',
  'examen-vo',
  'anders',
];
const roles = ['ouder', 'ouder', 'ouder', 'professional', 'jongere'];
const schoolTypes = ['po', 'vo', 'so', 'sbo', 'vso', 'geen', 'onbekend'];
const channels = ['formulier', 'telefoon', 'whatsapp', 'inloop'] as const;
const gemeenten = ['Haarlemmermeer', 'Uithoorn', 'Aalsmeer', 'Amstelveen', 'Ouder-Amstel'];
const signals = ['ondersteuning-school', 'thuiszitten', 'wachttijden', 'informatie'] as const;
const routes = ['bezwaar-tlv', 'gpo', 'klacht', 'weet-ik-niet'];

export async function benchMonitor(total = 100_000, runs = 60) {
  const aws = await startLocalAws();
  try {
    const steunpunt = 'bench-steunpunt';
    const tenants = ['swv-bench-a', 'swv-bench-b', 'swv-bench-c'];
    const half = parsePeriod('2026-H1')!;
    // Three years of months ending with the half year: 2023-07 … 2026-06.
    const months = Array.from({ length: 6 }, (_, i) => periodBefore(half, 5 - i)).flatMap(
      (period) => period.months,
    );
    const fact = (n: number): MonitorFact => {
      const tenant = tenants[n % tenants.length]!;
      const month = months[Math.floor(n / tenants.length) % months.length]!;
      const createdAt = `${month}-${String(2 + (n % 26)).padStart(2, '0')}T10:00:00.000Z`;
      const complaint = n % 17 === 0;
      return factOf(
        {
          pk: `SWV#${tenant}#Q#c${n}`,
          sk: 'QUESTION',
          caseId: `c${n}`,
          tenant,
          steunpunt,
          createdAt,
          dueAt: createdAt,
          ...(n % 7 ? { firstResponseAt: n % 5 ? createdAt : `${month}-28T10:00:00.000Z` } : {}),
          kind: complaint ? 'complaint' : 'question',
          ...(complaint ? { route: routes[n % routes.length] } : {}),
          channel: channels[n % channels.length],
          topic: topics[(n * 7) % topics.length],
          role: roles[n % roles.length],
          schoolType: schoolTypes[(n * 3) % schoolTypes.length],
          gemeente: gemeenten[(n * 11) % gemeenten.length],
          status: 'afgerond',
          ...(n % 9 === 0
            ? { signal: { category: signals[n % signals.length]!, text: '', markedAt: createdAt } }
            : {}),
        },
        createdAt,
      );
    };

    let t = performance.now();
    let next = 0;
    const writer = async () => {
      while (next < total) {
        const first = next;
        next = Math.min(total, next + 25);
        let requests: BatchWriteCommand['input']['RequestItems'] = {
          [aws.tableName]: Array.from({ length: next - first }, (_, i) => ({
            PutRequest: { Item: fact(first + i) },
          })),
        };
        while (requests && Object.keys(requests).length > 0) {
          const output: BatchWriteCommandOutput = await aws.db.send(
            new BatchWriteCommand({ RequestItems: requests }),
          );
          requests = output.UnprocessedItems;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    const writeSeconds = (performance.now() - t) / 1000;

    // Count what DynamoDB reads (ScannedCount of a Query, 1 for a GetItem).
    let itemsRead = 0;
    aws.db.middlewareStack.add(
      (nextStep) => async (args) => {
        const result = await nextStep(args);
        const output = result.output as { ScannedCount?: number; Item?: unknown };
        itemsRead += output.ScannedCount ?? (output.Item ? 1 : 0);
        return result;
      },
      { step: 'initialize', name: 'countItemsRead' },
    );

    // Every month summary, by the rebuild a dirty month gets: its cost is one month's.
    const deps = { db: aws.db, tableName: aws.tableName, clock: () => new Date() };
    const rebuildTimes: number[] = [];
    let rebuildReads = 0;
    t = performance.now();
    for (const tenant of tenants) {
      for (const month of months) {
        itemsRead = 0;
        const start = performance.now();
        await rebuildSummary(deps, steunpunt, { tenant, month });
        rebuildTimes.push(performance.now() - start);
        rebuildReads += itemsRead;
      }
    }
    const buildSeconds = (performance.now() - t) / 1000;
    rebuildTimes.sort((a, b) => a - b);
    // What a read costs per month: one summary, whose size grows with the categories seen.
    const [sample] = await summariesOf(deps, tenants[0]!, half.months[0]!, half.months[0]!);
    const summaryBytes = JSON.stringify(sample).length;

    const measure = async (label: string, request: () => Promise<unknown>) => {
      const times: number[] = [];
      let reads = 0;
      await request(); // warm-up
      for (let run = 0; run < runs; run++) {
        itemsRead = 0;
        const start = performance.now();
        await request();
        times.push(performance.now() - start);
        reads += itemsRead;
      }
      times.sort((a, b) => a - b);
      return { label, p50: percentile(times, 50), p99: percentile(times, 99), reads: reads / runs };
    };

    // The baseline: every fact of the half year of one SWV, counted the same way.
    const baseline = await measure(
      'baseline: read all facts of the half year, count them',
      async () => {
        const facts = (
          await Promise.all(half.months.map((month) => factsOf(deps, tenants[0]!, month)))
        ).flat();
        return summarise({ tenant: tenants[0]!, month: half.id }, facts, [], new Date());
      },
    );
    const one = await measure(
      'monitor: one SWV, half year + previous + year earlier + 6-period trend',
      () => readFigures(deps, tenants[0]!, half, 6),
    );
    const oneShort = await measure(
      'monitor: one SWV, half year + previous + year earlier, no trend',
      () => readFigures(deps, tenants[0]!, half, 1),
    );
    const all = await measure('monitor: the steunpunt (three SWVs summed), with the trend', () =>
      readFiguresOf(deps, tenants, steunpunt, half, 6),
    );

    console.log(
      `\nMonitor: one month summary is about ${(summaryBytes / 1024).toFixed(1)} KB (JSON).`,
    );
    console.log(
      `Monitor: ${total.toLocaleString('en')} facts over ${months.length} months, ${tenants.length} SWVs (${Math.round(total / tenants.length / months.length)} a month each); written in ${writeSeconds.toFixed(1)} s, ${tenants.length * months.length} summaries built in ${buildSeconds.toFixed(1)} s`,
    );
    table(
      [baseline, one, oneShort, all].map((row) => ({
        measure: row.label,
        'p50 ms': row.p50.toFixed(1),
        'p99 ms': row.p99.toFixed(1),
        'items read': Math.round(row.reads),
        'p50 vs baseline': ratio(row.p50, baseline.p50),
        'reads vs baseline': `${(row.reads / baseline.reads).toFixed(4)}×`,
      })),
    );
    table([
      {
        measure: 'rebuild of one dirty month (its facts + meetings, one Put)',
        'p50 ms': percentile(rebuildTimes, 50).toFixed(1),
        'p99 ms': percentile(rebuildTimes, 99).toFixed(1),
        'items read': Math.round(rebuildReads / rebuildTimes.length),
      },
    ]);
  } finally {
    await aws.stop();
  }
}

// `tsx bench/monitor.ts 10000`: the same with fewer facts, to see what does not grow.
if (import.meta.url === `file://${process.argv[1]}`) {
  await benchMonitor(Number(process.argv[2] ?? 100_000));
}
