/** Reading meetings: one GetItem by id, the agenda of a steunpunt as one Query. */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { MeetingDeps } from './meeting-deps.ts';
import { agendaPartition, meetingKey, meetingIdPattern } from './meeting-keys.ts';
import type { MeetingItem } from './meeting-model.ts';

/** Everything but the outbox and request keys: what deciding about places needs. */
const placesAttributes = [
  'pk',
  'sk',
  'kind',
  'id',
  'steunpunt',
  'steunpuntName',
  'steunpuntEmail',
  'tenants',
  'title',
  'description',
  'startsAt',
  'endsAt',
  'closesAt',
  'signUpDeadline',
  'locationKind',
  'location',
  'onlineUrl',
  'audience',
  'capacity',
  'reminderDays',
  'waitingMax',
  'seriesId',
  'input',
  'free',
  'confirmed',
  'waiting',
  'left',
  'attended',
  'placesSeq',
  'version',
  'signedUpPersons',
  'cancelledPersons',
  'cancelled',
  'cancelReason',
  'createdAt',
  'erasedAt',
  'finalCounts',
];

const projection = () => {
  const names = Object.fromEntries(placesAttributes.map((name, i) => [`#a${i}`, name]));
  return { ProjectionExpression: Object.keys(names).join(', '), ExpressionAttributeNames: names };
};

export async function getMeeting(
  deps: Pick<MeetingDeps, 'db' | 'tableName'>,
  meetingId: string,
  options: { consistent?: boolean; withMails?: boolean } = {},
): Promise<MeetingItem | undefined> {
  if (!meetingIdPattern.test(meetingId)) return undefined;
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: meetingKey(meetingId),
      ConsistentRead: options.consistent ?? true,
      ...(options.withMails ? {} : projection()),
    }),
  );
  return Item?.kind === 'meeting' ? normalise(Item as MeetingItem) : undefined;
}

function normalise(item: MeetingItem): MeetingItem {
  return {
    ...item,
    confirmed: item.confirmed ?? {},
    waiting: item.waiting ?? [],
    left: item.left ?? {},
    attended: item.attended ?? {},
    mails: item.mails ?? {},
  };
}

/**
 * A steunpunt's meetings from `from` on, by start, from the agenda (the `inbox` index,
 * eventually consistent: fine for a list). Optionally only those for one SWV, and up to
 * `until`. Every page is read: a steunpunt holds tens of meetings a year, not thousands.
 */
export async function listMeetings(
  deps: Pick<MeetingDeps, 'db' | 'tableName'>,
  steunpunt: string,
  range: { from?: string; until?: string; tenant?: string; newestFirst?: boolean },
): Promise<MeetingItem[]> {
  const items: MeetingItem[] = [];
  let start: Record<string, unknown> | undefined;
  const { ProjectionExpression, ExpressionAttributeNames } = projection();
  const values: Record<string, unknown> = { ':p': agendaPartition(steunpunt) };
  let keyCondition = 'inboxPk = :p';
  if (range.from && range.until) {
    keyCondition += ' AND inboxSk BETWEEN :from AND :until';
    values[':from'] = range.from;
    values[':until'] = `${range.until}$`;
  } else if (range.from) {
    keyCondition += ' AND inboxSk >= :from';
    values[':from'] = range.from;
  } else if (range.until) {
    keyCondition += ' AND inboxSk < :until';
    values[':until'] = range.until;
  }
  if (range.tenant) values[':tenant'] = range.tenant;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        IndexName: 'inbox',
        KeyConditionExpression: keyCondition,
        ...(range.tenant
          ? { FilterExpression: `contains(#a${placesAttributes.indexOf('tenants')}, :tenant)` }
          : {}),
        ExpressionAttributeNames,
        ExpressionAttributeValues: values,
        ProjectionExpression,
        ScanIndexForward: !range.newestFirst,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...((page.Items ?? []) as MeetingItem[]).map(normalise));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
