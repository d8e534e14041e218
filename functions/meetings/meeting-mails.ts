/**
 * The mails of a meeting. Each sits in the outbox of the attendee item it is for, never
 * in the meeting item: that one is shared by every sign-up, and a mail per attendee in it
 * passed DynamoDB's 400 KB item limit once a meeting drew a crowd. A mail reads the
 * meeting when it goes out (`sourceRef`), so it says what is true then, or nothing at all
 * when it no longer applies (the template decides).
 */
import type { MailEntry } from '../mail/outbox.ts';
import { meetingKey } from './meeting-keys.ts';

export type MeetingMailKind =
  'confirmed' | 'waiting' | 'promoted' | 'reminder' | 'changed' | 'cancelled' | 'left';

/**
 * The mail's id on the attendee item: one per kind, a change one per version. The fan-out
 * writes a mail only where its id is not there yet, so each attendee gets one per event.
 */
export const attendeeMailId = (kind: MeetingMailKind, version?: number) =>
  kind === 'changed' ? `changed${version ?? 0}` : kind;

export function attendeeMail(
  kind: MeetingMailKind,
  meetingId: string,
  to: string,
  params: Record<string, string>,
  dueAt: Date | string,
  replyTo: string,
): MailEntry {
  return {
    template: `meeting-${kind}`,
    to,
    replyTo,
    params,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: typeof dueAt === 'string' ? dueAt : dueAt.toISOString(),
    sourceRef: meetingKey(meetingId),
  };
}
