/**
 * Lambda bundle size and cold module-load time of each function, next to two baselines
 * bundled the same way in the same run: a bare Hono hello-world, and a bundle that only
 * creates the SDK clients that function needs (its floor: what any function with those
 * clients pays). The API's functions come from functions/api/api-functions.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { build } from 'esbuild';
import { apiFunctions } from '../functions/api/api-functions.ts';
import { lambdaEsbuildOptions } from '../infra/lambda-bundling.ts';
import { median, ratio, table } from './stats.ts';

const outDir = new URL('../.bench/bundles/', import.meta.url).pathname;

const floors = {
  dynamodb: 'bench/fixtures/sdk-dynamodb.ts',
  'dynamodb+cognito': 'bench/fixtures/sdk-dynamodb-cognito.ts',
  'dynamodb+ses': 'bench/fixtures/sdk-dynamodb-ses.ts',
} as const;
type Floor = keyof typeof floors;

/** Each function, its SDK floor, and its size budget from issue #13 (KB). */
const functions: { name: string; entry: string; floor: Floor; budgetKb: number }[] = [
  ...Object.entries(apiFunctions).map(([name, fn]) => ({
    name: `api: ${name}`,
    entry: fn.entry,
    floor: (name === 'admin' ? 'dynamodb+cognito' : 'dynamodb') as Floor,
    budgetKb: fn.audience === 'public' ? 100 : 150,
  })),
  {
    name: 'mail-worker',
    entry: 'functions/mail-worker/lambda.ts',
    floor: 'dynamodb+ses',
    budgetKb: 150,
  },
  {
    name: 'retention-job',
    entry: 'functions/retention-job/lambda.ts',
    floor: 'dynamodb',
    budgetKb: 150,
  },
];

async function bundle(name: string, entry: string): Promise<string> {
  const outfile = `${outDir}${name.replace(/[^\w+-]+/g, '-')}.mjs`;
  await build({ ...lambdaEsbuildOptions, entryPoints: [entry], outfile, logLevel: 'warning' });
  return outfile;
}

/**
 * Imports each bundle in a new Node process, as a cold Lambda does. Each round loads every
 * bundle once, so a busy moment of the machine falls on all of them alike.
 */
function loadTimesMs(files: string[], runs: number): number[] {
  const script = `const t = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t));`;
  const times = files.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    files.forEach((file, index) => {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, file], {
        env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'eu-west-1' },
      });
      times[index]!.push(Number(out.toString()));
    });
  }
  return times.map(median);
}

export async function benchBundles(runs = 15) {
  mkdirSync(outDir, { recursive: true });
  const entries = [
    { name: 'hello-hono (baseline)', entry: 'bench/fixtures/hello-hono.ts' },
    ...Object.entries(floors).map(([name, entry]) => ({ name: `SDK floor: ${name}`, entry })),
    ...functions,
  ];
  const files = await Promise.all(entries.map((e) => bundle(e.name, e.entry)));
  const loads = loadTimesMs(files, runs);
  const measured = entries.map((e, i) => ({
    ...e,
    bytes: statSync(files[i]!).size,
    loadMs: loads[i]!,
  }));
  const byName = (name: string) => measured.find((m) => m.name === name)!;
  const hello = byName('hello-hono (baseline)');
  console.log(
    `\nLambda bundles (esbuild as in CDK, @aws-sdk external; load = median of ${runs} fresh ${process.version} processes)`,
  );
  table(
    measured.map((m) => {
      const fn = functions.find((f) => f.name === m.name);
      const floor = fn && byName(`SDK floor: ${fn.floor}`);
      return {
        bundle: m.name,
        'size KB': (m.bytes / 1024).toFixed(1),
        budget: fn ? `${fn.budgetKb} KB ${m.bytes / 1024 <= fn.budgetKb ? 'met' : 'OVER'}` : '',
        'load ms': m.loadMs.toFixed(1),
        'load vs hello-hono': ratio(m.loadMs, hello.loadMs),
        'load vs its SDK floor': floor ? `${ratio(m.loadMs, floor.loadMs)} (${fn.floor})` : '',
      };
    }),
  );
  return measured;
}
