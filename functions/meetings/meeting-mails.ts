/**
 * The mails of a meeting, as outbox entries in the meeting item. They name their
 * recipient by the attendee item (`toRef`), never by address, and are forgotten once
 * sent, so the shared item stays small and free of personal data.
 */
import type { MailEntry } from '../mail/outbox.ts';
import { attendeeKey } from './meeting-keys.ts';

export type MeetingMailKind =
  'confirmed' | 'waiting' | 'promoted' | 'reminder' | 'changed' | 'cancelled' | 'left';

const prefixes: Record<MeetingMailKind, string> = {
  confirmed: 'c',
  waiting: 'w',
  promoted: 'p',
  reminder: 'r',
  changed: 'u',
  cancelled: 'x',
  left: 'l',
};

/** One id per kind and attendee (a change also per version): a retry writes the same one. */
export const meetingMailId = (kind: MeetingMailKind, attendeeId: string, version?: number) =>
  `${prefixes[kind]}${version ?? ''}-${attendeeId}`;

export function meetingMail(
  kind: MeetingMailKind,
  meetingId: string,
  attendeeId: string,
  params: Record<string, string>,
  dueAt: Date | string,
  replyTo: string,
): MailEntry {
  return {
    template: `meeting-${kind}`,
    to: '',
    toRef: attendeeKey(meetingId, attendeeId),
    replyTo,
    params: { attendeeId, ...params },
    status: 'pending',
    attempts: 0,
    nextAttemptAt: typeof dueAt === 'string' ? dueAt : dueAt.toISOString(),
    forget: true,
  };
}
