/**
 * Reading cases: one case with its whole history (one Query on its partition), the
 * inbox line of a case, and a case by its reference. What the back office shows is made
 * here from the stored items, so the inbox never carries free text or contact data.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { restrictionSeenBy } from '../auth/tenant-access.ts';
import type { MailEntry } from '../mail/outbox.ts';
import type { CaseDeps } from './case-deps.ts';
import { kindOf } from './case-kinds.ts';
import { caseKey, eventPrefix, referencePartition } from './case-keys.ts';
import { deadlineState } from './deadline-flag.ts';
import { intakeMailLabels } from './intakes/index.ts';
import { caseLanguageOf } from './case.ts';
import { isLocale } from '../core/locales.ts';
import type { CaseDetail, CaseEvent, CaseItem, CaseMailSummary, CaseSummary } from './case.ts';

export type StoredCase = CaseItem & Record<string, unknown>;

/** Not closed, not answered, and past its first-answer deadline. */
export function isOverdue(item: Pick<CaseItem, 'status' | 'firstResponseAt' | 'dueAt'>, now: Date) {
  return item.status !== 'afgerond' && !item.firstResponseAt && item.dueAt < now.toISOString();
}

export function toSummary(item: StoredCase, now: Date): CaseSummary {
  const deadline = deadlineState(item, now);
  return {
    caseId: item.caseId,
    tenant: item.tenant,
    kind: kindOf(item),
    reference: item.reference,
    createdAt: item.createdAt,
    status: item.status,
    topic: item.topic,
    role: item.role,
    channel: item.channel,
    ...(item.assignee ? { assignee: item.assignee } : {}),
    ...(item.assigneeName ? { assigneeName: item.assigneeName } : {}),
    dueAt: item.dueAt,
    overdue: isOverdue(item, now),
    hasSignal: Boolean(item.signal),
    language: caseLanguageOf(item),
    tolk: item.tolk === true,
    ...(item.filingDeadline ? { filingDeadline: item.filingDeadline } : {}),
    ...(deadline ? { deadlineFlag: deadline.flag } : {}),
    ...(deadline?.flag === 'binnenkort' ? { deadlineWorkingDays: deadline.workingDaysLeft } : {}),
  };
}

/** The subject the back office shows for a mail the portal wrote itself. */
const templateSubjects: Readonly<Record<string, string>> = intakeMailLabels;

function mailSummary(id: string, mail: MailEntry): CaseMailSummary {
  const subject = mail.params?.subject ?? templateSubjects[mail.template];
  return {
    id,
    template: mail.template,
    status: mail.status,
    ...(mail.sentAt ? { sentAt: mail.sentAt } : {}),
    ...(subject ? { subject } : {}),
    ...(mail.params?.body ? { body: mail.params.body } : {}),
    ...(mail.params?.lang && isLocale(mail.params.lang) && mail.params.lang !== 'nl'
      ? { lang: mail.params.lang }
      : {}),
  };
}

/** The case as `viewer` (a user id) sees it: a restricted case says why they may. */
export function toDetail(
  item: StoredCase,
  notes: CaseEvent[],
  now: Date,
  viewer: string,
): CaseDetail {
  const created: CaseEvent = {
    type: 'created',
    at: item.createdAt,
    by: item.createdBy ?? '',
    byName: item.createdByName ?? '',
    details: { channel: item.channel },
  };
  const history = [created, ...Object.values(item.changes ?? {}), ...notes].sort((a, b) =>
    a.at.localeCompare(b.at),
  );
  return {
    ...toSummary(item, now),
    schoolType: item.schoolType,
    gemeente: item.gemeente,
    contactChannel: item.contactChannel,
    ...(item.route ? { route: item.route } : {}),
    ...(item.decisionDate ? { decisionDate: item.decisionDate } : {}),
    ...(item.wantsLetterHelp === undefined ? {} : { wantsLetterHelp: item.wantsLetterHelp }),
    ...(item.reminder === undefined ? {} : { reminder: item.reminder }),
    ...(item.restrictedTo ? { restricted: restrictionSeenBy(item.restrictedTo, viewer) } : {}),
    ...(item.firstResponseAt ? { firstResponseAt: item.firstResponseAt } : {}),
    ...(item.closedAt ? { closedAt: item.closedAt } : {}),
    version: item.version,
    ...(item.signal ? { signal: item.signal } : {}),
    ...(item.personal ? { personal: item.personal } : {}),
    ...(item.erasedAt ? { erasedAt: item.erasedAt } : {}),
    mails: Object.entries(item.mails ?? {})
      .map(([id, mail]) => mailSummary(id, mail))
      .sort((a, b) => a.id.localeCompare(b.id)),
    history,
  };
}

function toEvent(item: Record<string, unknown>): CaseEvent {
  return {
    type: item.type as CaseEvent['type'],
    at: String(item.at),
    by: String(item.by ?? ''),
    byName: String(item.byName ?? ''),
    ...(typeof item.text === 'string' ? { text: item.text } : {}),
    ...(item.details ? { details: item.details as Record<string, string> } : {}),
  };
}

export interface LoadedCase {
  item: StoredCase;
  notes: CaseEvent[];
}

/**
 * The case item and its history items, read with one (paged) Query on the case's
 * partition, consistently: what a medewerker just changed is there.
 */
export async function loadCase(
  deps: Pick<CaseDeps, 'db' | 'tableName'>,
  tenant: string,
  caseId: string,
): Promise<LoadedCase | undefined> {
  const key = caseKey(tenant, caseId);
  let item: StoredCase | undefined;
  const notes: CaseEvent[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': key.pk },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const row of page.Items ?? []) {
      if (row.sk === key.sk) item = row as StoredCase;
      else if (String(row.sk).startsWith(eventPrefix)) notes.push(toEvent(row));
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return item ? { item, notes } : undefined;
}

/**
 * The cases with this reference in the SWVs of the steunpunt. The steunpunt counts the
 * references of all its SWVs (reference.ts), so a reference names one case; only from the
 * time each SWV counted its own can two SWVs of one steunpunt each have a V-2026-000123.
 */
export async function findByReference(
  deps: Pick<CaseDeps, 'db' | 'tableName' | 'steunpuntTenants'>,
  steunpunt: string,
  reference: string,
): Promise<StoredCase[]> {
  const tenants = await deps.steunpuntTenants(steunpunt);
  const found = await Promise.all(
    tenants.map(async (tenant) => {
      const { Items } = await deps.db.send(
        new QueryCommand({
          TableName: deps.tableName,
          IndexName: 'reference',
          KeyConditionExpression: 'refPk = :p',
          ExpressionAttributeValues: { ':p': referencePartition(tenant, reference) },
        }),
      );
      return (Items ?? []) as StoredCase[];
    }),
  );
  return found
    .flat()
    .filter((item) => item.steunpunt === steunpunt)
    .sort((a, b) => a.tenant.localeCompare(b.tenant));
}
