/**
 * Lambda bundle size and cold module-load time of each function, next to a bare Hono
 * hello-world bundled the same way in the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { build } from 'esbuild';
import { lambdaEsbuildOptions } from '../infra/lambda-bundling.ts';
import { median, ratio, table } from './stats.ts';

const outDir = new URL('../.bench/bundles/', import.meta.url).pathname;
const functions = {
  'hello-hono (baseline)': 'bench/fixtures/hello-hono.ts',
  api: 'functions/api/lambda.ts',
  'mail-worker': 'functions/mail-worker/lambda.ts',
  'retention-job': 'functions/retention-job/lambda.ts',
};

/** Imports the bundle in a new Node process, as a cold Lambda does, and times it. */
function loadTimeMs(file: string, runs: number): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t));`;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'eu-west-1' },
    });
    times.push(Number(out.toString()));
  }
  return median(times);
}

export async function benchBundles(runs = 15) {
  mkdirSync(outDir, { recursive: true });
  const results: { name: string; bytes: number; loadMs: number }[] = [];
  for (const [name, entry] of Object.entries(functions)) {
    const outfile = `${outDir}${name.split(' ')[0]}.mjs`;
    await build({ ...lambdaEsbuildOptions, entryPoints: [entry], outfile, logLevel: 'warning' });
    results.push({ name, bytes: statSync(outfile).size, loadMs: loadTimeMs(outfile, runs) });
  }
  const baseline = results[0]!;
  console.log(
    `\nLambda bundles (esbuild as in CDK, @aws-sdk external; load = median of ${runs} fresh ${process.version} processes)`,
  );
  table(
    results.map((r) => ({
      function: r.name,
      'size KB': (r.bytes / 1024).toFixed(1),
      'size vs baseline': ratio(r.bytes, baseline.bytes),
      'load ms': r.loadMs.toFixed(1),
      'load vs baseline': ratio(r.loadMs, baseline.loadMs),
    })),
  );
  return results;
}
