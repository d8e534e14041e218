/**
 * A steunpunt's own terms: the first-answer target (working days), how long a closed
 * case keeps its personal data (months), how long a meeting's attendee data stays (days),
 * who handles a complaint about the steunpunt itself, and the smallest count the monitor
 * shows. One item,
 * `pk=SP#<steunpunt>, sk=SETTINGS`; the defaults hold while a coördinator has not chosen.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TenantLookup } from '../tenants/tenant-store.ts';
import { settingsKey } from './case-keys.ts';
import { settingsLimits, type SettingsInput, type SteunpuntSettings } from './settings.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import type { Colleague } from '../core/colleague.ts';
import type { TableHandle } from '../core/table-deps.ts';

export const defaultSettings: SteunpuntSettings = {
  responseDays: 5,
  retentionMonths: 12,
  meetingRetentionDays: 30,
  monitorThreshold: settingsLimits.monitorThreshold.min,
  version: 0,
};

export async function readSettings(
  deps: TableHandle,
  steunpunt: string,
  consistent = false,
): Promise<SteunpuntSettings & { lastKey?: string }> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: settingsKey(steunpunt),
      ConsistentRead: consistent,
    }),
  );
  if (!Item) return { ...defaultSettings };
  return {
    responseDays: Number(Item.responseDays ?? defaultSettings.responseDays),
    retentionMonths: Number(Item.retentionMonths ?? defaultSettings.retentionMonths),
    meetingRetentionDays: Number(Item.meetingRetentionDays ?? defaultSettings.meetingRetentionDays),
    monitorThreshold: thresholdOf(Item.monitorThreshold),
    ...(isColleague(Item.complaintsHandler)
      ? {
          complaintsHandler: {
            userId: Item.complaintsHandler.userId,
            name: Item.complaintsHandler.name,
          },
        }
      : {}),
    ...(typeof Item.complaintsEmail === 'string' && Item.complaintsEmail
      ? { complaintsEmail: Item.complaintsEmail }
      : {}),
    version: Number(Item.version ?? 0),
    ...(Item.updatedAt ? { updatedAt: String(Item.updatedAt) } : {}),
    ...(Item.lastKey ? { lastKey: String(Item.lastKey) } : {}),
  };
}

const isColleague = (value: unknown): value is Colleague =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Colleague).userId === 'string' &&
  typeof (value as Colleague).name === 'string';

export type SettingsOutcome =
  | { kind: 'saved' | 'replayed'; settings: SteunpuntSettings }
  | { kind: 'conflict'; settings: SteunpuntSettings };

/**
 * Saves the settings if they are still at the version the coördinator saw (when given).
 * The request's key is kept on the item: a retry of a save that went through answers
 * as the first one did instead of failing on the version it raised itself.
 * `complaintsHandler` is the input's user id as the staff directory knows it (the route
 * checks it): a colleague, null for nobody, undefined to keep what is stored. So is
 * `complaintsEmail`: an address, null for none, undefined to keep it.
 */
export async function saveSettings(
  deps: TableHandle,
  steunpunt: string,
  input: Omit<SettingsInput, 'complaintsHandler'>,
  idempotencyKey: string,
  now: Date,
  complaintsHandler?: Colleague | null,
): Promise<SettingsOutcome> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await readSettings(deps, steunpunt, true);
    if (current.lastKey === idempotencyKey) return { kind: 'replayed', settings: strip(current) };
    if (input.version !== undefined && input.version !== current.version) {
      return { kind: 'conflict', settings: strip(current) };
    }
    const next: SteunpuntSettings = {
      responseDays: input.responseDays,
      retentionMonths: input.retentionMonths,
      meetingRetentionDays: input.meetingRetentionDays ?? current.meetingRetentionDays,
      monitorThreshold: input.monitorThreshold ?? current.monitorThreshold,
      ...(complaintsHandler === undefined
        ? current.complaintsHandler
          ? { complaintsHandler: current.complaintsHandler }
          : {}
        : complaintsHandler
          ? {
              complaintsHandler: { userId: complaintsHandler.userId, name: complaintsHandler.name },
            }
          : {}),
      ...(input.complaintsEmail === undefined
        ? current.complaintsEmail
          ? { complaintsEmail: current.complaintsEmail }
          : {}
        : input.complaintsEmail
          ? { complaintsEmail: input.complaintsEmail }
          : {}),
      version: current.version + 1,
      updatedAt: now.toISOString(),
    };
    const set = [
      ...(next.complaintsHandler ? ['complaintsHandler = :handler'] : []),
      ...(next.complaintsEmail ? ['complaintsEmail = :email'] : []),
    ];
    const remove = [
      ...(next.complaintsHandler ? [] : ['complaintsHandler']),
      ...(next.complaintsEmail ? [] : ['complaintsEmail']),
    ];
    try {
      await deps.db.send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: settingsKey(steunpunt),
          UpdateExpression:
            'SET responseDays = :days, retentionMonths = :months, meetingRetentionDays = :meetingDays, monitorThreshold = :threshold, version = :next, updatedAt = :at, lastKey = :key, kind = :kind' +
            set.map((part) => `, ${part}`).join('') +
            (remove.length ? ` REMOVE ${remove.join(', ')}` : ''),
          ConditionExpression:
            current.version === 0 ? 'attribute_not_exists(version)' : 'version = :current',
          ExpressionAttributeValues: {
            ':days': next.responseDays,
            ':months': next.retentionMonths,
            ':meetingDays': next.meetingRetentionDays,
            ':threshold': next.monitorThreshold,
            ':next': next.version,
            ':at': next.updatedAt,
            ':key': idempotencyKey,
            ':kind': 'steunpunt-settings',
            ...(next.complaintsHandler ? { ':handler': next.complaintsHandler } : {}),
            ...(next.complaintsEmail ? { ':email': next.complaintsEmail } : {}),
            ...(current.version === 0 ? {} : { ':current': current.version }),
          },
        }),
      );
      return { kind: 'saved', settings: next };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // Changed meanwhile: read again; the version check above decides.
    }
  }
  return { kind: 'conflict', settings: strip(await readSettings(deps, steunpunt, true)) };
}

function strip(settings: SteunpuntSettings & { lastKey?: string }): SteunpuntSettings {
  const { lastKey: _lastKey, ...rest } = settings;
  return rest;
}

/** Settings change rarely; a warm Lambda keeps them for a minute, like the tenants. */
export function cachedSettingsLookup(
  deps: TableHandle,
  ttlMs = 60_000,
  now: () => number = Date.now,
): (steunpunt: string) => Promise<SteunpuntSettings> {
  const cache = new Map<string, { settings: SteunpuntSettings; until: number }>();
  return async (steunpunt) => {
    const hit = cache.get(steunpunt);
    if (hit && hit.until > now()) return hit.settings;
    const settings = strip(await readSettings(deps, steunpunt));
    cache.set(steunpunt, { settings, until: now() + ttlMs });
    return settings;
  };
}

/**
 * A tenant lookup whose tenants carry their steunpunt's first-answer target, so the
 * form's questions get the steunpunt's own due date (new-case.ts reads
 * `tenant.responseDays`).
 */
export function withSteunpuntSettings(
  tenants: TenantLookup,
  settings: (steunpunt: string) => Promise<SteunpuntSettings>,
): TenantLookup {
  return async (slug) => {
    const tenant = await tenants(slug);
    if (!tenant) return undefined;
    return { ...tenant, responseDays: (await settings(tenant.steunpunt)).responseDays };
  };
}

/** How long after a meeting its attendees' personal data stays (days), unless set. */
export const defaultMeetingRetentionDays = defaultSettings.meetingRetentionDays;
export const meetingRetentionLimits = settingsLimits.meetingRetentionDays;

/**
 * The steunpunt's term for meeting attendee data (`meetingRetentionDays` on the settings
 * item); a missing or out-of-range value counts as the default.
 */
export async function readMeetingRetentionDays(
  deps: TableHandle,
  steunpunt: string,
): Promise<number> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: settingsKey(steunpunt),
      ProjectionExpression: 'meetingRetentionDays',
    }),
  );
  const days = Number(Item?.meetingRetentionDays);
  return Number.isInteger(days) &&
    days >= meetingRetentionLimits.min &&
    days <= meetingRetentionLimits.max
    ? days
    : defaultMeetingRetentionDays;
}

/**
 * A stored threshold as the monitor may use it: missing or not a whole number counts as
 * the default (5), anything else is brought within 5 to 20, so never below 5.
 */
function thresholdOf(stored: unknown): number {
  const value = Number(stored);
  const { min, max } = settingsLimits.monitorThreshold;
  return Number.isInteger(value) ? Math.min(max, Math.max(min, value)) : min;
}

/**
 * The smallest count the monitor shows for a steunpunt's SWVs. An SWV reader's monitor
 * uses the threshold of the steunpunt their SWV belongs to (the tenant's `steunpunt`).
 */
export async function readMonitorThreshold(deps: TableHandle, steunpunt: string): Promise<number> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: settingsKey(steunpunt),
      ProjectionExpression: 'monitorThreshold',
    }),
  );
  return thresholdOf(Item?.monitorThreshold);
}
