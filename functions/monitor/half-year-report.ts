/**
 * The half-year report a steunpunt publishes to an SWV's board: per SWV and half year one
 * item, `pk = REPORT#<tenant>`, `sk = <2026-H1>`. A coördinator writes its introduction and
 * recommendations (a draft, versioned: each save is conditional on the version read);
 * publishing stores, in the same single write, a snapshot of the protected figures and
 * approved signals (so a published report never changes, whatever facts change later)
 * and one notification mail per remembered reader of the SWV (the outbox in the item,
 * functions/mail/outbox.ts). Publishing again finds the report published and writes
 * nothing: one mail per reader, however often it is pressed.
 *
 * The figures come in already protected (monitor-read.ts); the snapshot is `publicFigures`
 * of them, field by field, so nothing undeclared (a case id, a text) can be stored in it.
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod/mini';
import { nameBasedUuid } from '../audit/audit.ts';
import type { Staff } from '../auth/tenant-access.ts';
import { readerKey } from '../auth/user-directory.ts';
import type { TableDeps, TableHandle } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import { newMail, outboxAttributes, type MailEntry } from '../mail/outbox.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import { publicFigures } from './monitor-read.ts';
import type { ProtectedFigures } from './monitor-types.ts';
import type { Period } from './periods.ts';
import type { publishReportInput, reportTextInput } from './report-input.ts';
import { reportMailTemplate } from './report-mail.ts';

export const reportPartition = (tenant: string) => `REPORT#${tenant}`;
export const reportKey = (tenant: string, periodId: string) => ({
  pk: reportPartition(tenant),
  sk: periodId,
});

export type ReportState = 'draft' | 'published';

interface ReportItem {
  pk: string;
  sk: string;
  tenant: string;
  steunpunt: string;
  state: ReportState;
  intro: string;
  recommendations: string;
  version: number;
  updatedAt: string;
  publishedAt?: string;
  snapshot?: ProtectedFigures;
}

/** A report as the editor and the reader see it; never a mail, an address or a user id. */
export interface ReportView {
  swv: { slug: string; name: string };
  steunpuntName: string;
  period: { id: string; label: string };
  state: ReportState;
  /** 0 while nothing was saved. */
  version: number;
  intro: string;
  recommendations: string;
  publishedAt?: string;
  figures: ProtectedFigures;
}

export interface PublishedReport {
  period: string;
  publishedAt: string;
}

export async function readReport(
  deps: TableHandle,
  tenant: string,
  periodId: string,
): Promise<ReportItem | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: reportKey(tenant, periodId),
      ConsistentRead: true,
    }),
  );
  return Item as ReportItem | undefined;
}

/**
 * The report for the editor or the reader: a published one with its snapshot, a draft
 * with the figures as they are now (`live`, read only when needed).
 */
export function reportView(
  tenant: Tenant,
  period: Period,
  item: ReportItem | undefined,
  live: ProtectedFigures | undefined,
): ReportView {
  const figures = item?.state === 'published' ? item.snapshot : live;
  if (!figures) throw new Error('report view without figures');
  return {
    swv: { slug: tenant.slug, name: tenant.name },
    steunpuntName: tenant.steunpuntName,
    period: { id: period.id, label: period.label },
    state: item?.state ?? 'draft',
    version: item?.version ?? 0,
    intro: item?.intro ?? '',
    recommendations: item?.recommendations ?? '',
    ...(item?.publishedAt ? { publishedAt: item.publishedAt } : {}),
    figures: publicFigures(figures),
  };
}

export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'published' }
  /** Someone saved a newer version meanwhile. */
  | { kind: 'conflict' };

/** Saves the texts over `input.version` (0: the first save). A retry of a save answers as it. */
export async function saveReportText(
  deps: TableDeps,
  staff: Staff,
  tenant: string,
  periodId: string,
  input: z.output<typeof reportTextInput>,
): Promise<SaveOutcome> {
  const now = deps.clock().toISOString();
  const key = reportKey(tenant, periodId);
  try {
    if (input.version === 0) {
      await deps.db.send(
        new PutCommand({
          TableName: deps.tableName,
          Item: {
            ...key,
            kind: 'monitor-report',
            tenant,
            steunpunt: staff.steunpunt,
            state: 'draft',
            intro: input.intro,
            recommendations: input.recommendations,
            version: 1,
            updatedAt: now,
            updatedBy: staff.userId,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } else {
      await deps.db.send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: key,
          UpdateExpression:
            'SET intro = :intro, recommendations = :recs, version = :next, updatedAt = :now, updatedBy = :user',
          ConditionExpression: 'version = :version AND #state = :draft',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':intro': input.intro,
            ':recs': input.recommendations,
            ':next': input.version + 1,
            ':version': input.version,
            ':now': now,
            ':user': staff.userId,
            ':draft': 'draft',
          },
        }),
      );
    }
    return { kind: 'saved', version: input.version + 1 };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const current = await readReport(deps, tenant, periodId);
    if (current?.state === 'published') return { kind: 'published' };
    // The same save again (a retry after a lost answer) finds its own result.
    const same =
      current?.version === input.version + 1 &&
      current.intro === input.intro &&
      current.recommendations === input.recommendations;
    return same ? { kind: 'saved', version: current.version } : { kind: 'conflict' };
  }
}

export type PublishOutcome =
  | { kind: 'published'; replayed: boolean; mails: number; publishedAt: string }
  /** Nothing saved yet, or an empty text: the report is not ready. */
  | { kind: 'incomplete'; field: 'intro' | 'recommendations' }
  | { kind: 'conflict' };

/** The mail to a reader of one report: its id is the same on every attempt. */
function readerMail(
  tenant: Tenant,
  period: Period,
  readerId: string,
  siteOrigin: string,
  now: Date,
): [string, MailEntry] {
  const link = `${siteOrigin}/backoffice/rapportage/?swv=${encodeURIComponent(tenant.slug)}&periode=${period.id}`;
  const entry: MailEntry = {
    ...newMail(
      reportMailTemplate,
      '',
      { swvName: tenant.name, steunpuntName: tenant.steunpuntName, period: period.label, link },
      now,
      tenant.steunpuntEmail,
    ),
    toRef: readerKey(tenant.slug, readerId),
  };
  return [nameBasedUuid('monitor-report', tenant.slug, period.id, readerId), entry];
}

/**
 * Publishes the report at `input.version`: the snapshot of `figures`, the state and the
 * readers' mails in one conditional write. Published already: nothing is written again.
 */
export async function publishReport(
  deps: TableDeps,
  staff: Staff,
  tenant: Tenant,
  period: Period,
  input: z.output<typeof publishReportInput>,
  figures: ProtectedFigures,
  readerIds: readonly string[],
  siteOrigin: string,
): Promise<PublishOutcome> {
  const current = await readReport(deps, tenant.slug, period.id);
  if (current?.state === 'published') {
    return { kind: 'published', replayed: true, mails: 0, publishedAt: current.publishedAt! };
  }
  if (!current || current.version !== input.version) {
    return current ? { kind: 'conflict' } : { kind: 'incomplete', field: 'intro' };
  }
  if (!current.intro) return { kind: 'incomplete', field: 'intro' };
  if (!current.recommendations) return { kind: 'incomplete', field: 'recommendations' };

  const now = deps.clock();
  const key = reportKey(tenant.slug, period.id);
  const mails = Object.fromEntries(
    readerIds.map((id) => readerMail(tenant, period, id, siteOrigin, now)),
  );
  const outbox = outboxAttributes(key.pk, key.sk, mails);
  const outboxNames = Object.keys(outbox);
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: [
          'SET #state = :published, #snapshot = :snapshot, publishedAt = :now, publishedBy = :user',
          ...outboxNames.map((name) => `#${name} = :${name}`),
        ].join(', '),
        ConditionExpression: 'version = :version AND #state = :draft',
        ExpressionAttributeNames: {
          '#state': 'state',
          // SNAPSHOT is one of DynamoDB's reserved words.
          '#snapshot': 'snapshot',
          ...Object.fromEntries(outboxNames.map((name) => [`#${name}`, name])),
        },
        ExpressionAttributeValues: {
          ':published': 'published',
          ':draft': 'draft',
          ':snapshot': publicFigures(figures),
          ':now': now.toISOString(),
          ':user': staff.userId,
          ':version': input.version,
          ...Object.fromEntries(outboxNames.map((name) => [`:${name}`, outbox[name]])),
        },
      }),
    );
    return {
      kind: 'published',
      replayed: false,
      mails: readerIds.length,
      publishedAt: now.toISOString(),
    };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const after = await readReport(deps, tenant.slug, period.id);
    return after?.state === 'published'
      ? { kind: 'published', replayed: true, mails: 0, publishedAt: after.publishedAt! }
      : { kind: 'conflict' };
  }
}

/** The published reports of an SWV, newest half year first. */
export async function publishedReports(
  deps: TableHandle,
  tenant: string,
): Promise<PublishedReport[]> {
  const { Items } = await deps.db.send(
    new QueryCommand({
      TableName: deps.tableName,
      KeyConditionExpression: 'pk = :pk',
      FilterExpression: '#state = :published',
      ProjectionExpression: 'sk, publishedAt',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':pk': reportPartition(tenant), ':published': 'published' },
      ScanIndexForward: false,
    }),
  );
  return (Items ?? []).map((item) => ({
    period: String(item.sk),
    publishedAt: String(item.publishedAt),
  }));
}
