import type { Context } from 'aws-lambda';
import { errorName, log } from '../lib/log.ts';
import { drainOutbox } from '../mail/mail-worker.ts';
import { tellMeetingNews } from '../meetings/meeting-news.ts';
import { workerDeps } from './default-worker.ts';

/**
 * Runs every minute. Drains the outbox in batches while there is work and time left;
 * whatever is left over is picked up by the next run.
 */
export async function handler(_event: unknown, context: Context) {
  const total = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  // First the meetings' news onto the attendee items, in half the time; the rest goes on
  // next run, where it stopped. A failure there must not hold up the mails already due.
  await tellMeetingNews(workerDeps, {
    deadline: Date.now() + Math.max(0, context.getRemainingTimeInMillis() - 15_000) / 2,
  }).catch((error: unknown) => log.error('meeting.news.failed', { errorName: errorName(error) }));
  while (context.getRemainingTimeInMillis() > 15_000) {
    const batch = await drainOutbox(workerDeps);
    total.sent += batch.sent;
    total.retried += batch.retried;
    total.failed += batch.failed;
    total.skipped += batch.skipped;
    if (batch.sent + batch.retried + batch.failed === 0) break;
  }
  log.info('mail-worker.run', { count: total.sent + total.retried + total.failed });
  return total;
}
