/**
 * A meeting carries its steunpunt's e-mail address as the Reply-To of its mails (written
 * when the meeting is made). When the coördinator changes the steunpunt's address, the
 * meetings still to come take the new one, so a parent's answer to a promotion, change or
 * cancellation mail reaches the steunpunt. Mails already waiting in a meeting's outbox
 * (a reminder) keep the address they were written with.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import type { MeetingDeps } from './meeting-deps.ts';
import { meetingKey } from './meeting-keys.ts';
import { listMeetings } from './meeting-read.ts';

/** Sets the address on every meeting of the steunpunt that has not ended; returns how many changed. */
export async function updateMeetingReplyAddress(
  deps: Pick<MeetingDeps, 'db' | 'tableName' | 'clock'>,
  steunpunt: string,
  email: string | undefined,
): Promise<number> {
  const address = email ?? '';
  // The agenda sorts by start; a meeting that started up to a day ago may still be running.
  const from = new Date(deps.clock().getTime() - 24 * 60 * 60_000).toISOString();
  const meetings = await listMeetings(deps, steunpunt, { from });
  let changed = 0;
  for (const meeting of meetings) {
    if (meeting.steunpuntEmail === address || meeting.endsAt < deps.clock().toISOString()) continue;
    try {
      await deps.db.send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: meetingKey(meeting.id),
          UpdateExpression: 'SET steunpuntEmail = :address',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':address': address },
        }),
      );
      changed += 1;
    } catch (error) {
      // Erased or removed meanwhile: nothing to send from it any more.
      if (!isConditionFailure(error)) throw error;
    }
  }
  return changed;
}
