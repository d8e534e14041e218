import type { Context } from 'aws-lambda';
import { runPrivacyJobs } from '../privacy/privacy-jobs.ts';
import { jobDeps } from './default-job.ts';

/**
 * Runs every hour. Rewrites the monitor facts of changed cases, then erases the personal data
 * of closed cases whose term has ended, in batches while there is time left; whatever is
 * left over is picked up by the next run.
 */
export async function handler(_event: unknown, context: Context) {
  return runPrivacyJobs(jobDeps, { hasTime: () => context.getRemainingTimeInMillis() > 20_000 });
}
