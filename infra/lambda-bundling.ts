/**
 * How every Lambda is bundled, in one place: the CDK stack and the bundle benchmark
 * both use it, so the benchmark measures what is deployed.
 */
import type { BuildOptions } from 'esbuild';

export const lambdaTarget = 'node24';
/** The nodejs24.x runtime ships the AWS SDK v3; bundling it would only add weight. */
export const externalModules = ['@aws-sdk/*'];
/** The SDK calls `require` inside an ESM bundle. */
export const esmBanner =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";
export const mainFields = ['module', 'main'];

export const lambdaEsbuildOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: lambdaTarget,
  minify: true,
  external: externalModules,
  banner: { js: esmBanner },
  mainFields,
};
