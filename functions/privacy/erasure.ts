/**
 * Erasing the personal data of one closed case: what the retention job does when the
 * term ends and what a coördinator does when a person asks. Only single-item
 * conditional writes, each safe to repeat, in an order that survives a crash anywhere:
 *
 * 1. Write the case's anonymous fact (the monitor keeps the case).
 * 2. On the case item, in one write conditioned on the case still being closed: remove
 *    `personal` (with the form's `language` and the `tolk` wish), the address and contents of every mail, the person-index keys (e-mail
 *    and phone) and the input fingerprint (a hash of the person's input); cancel mails
 *    not yet sent; set `erasedAt`. The purge keys stay, so a crash before step 4 leaves
 *    the case in the retention job's queue.
 * 3. Remove the free text of every history item up to `erasedAt` (notes and replies
 *    hold personal data).
 * 4. Remove the purge keys, only if no later erasure or reopening came in between.
 */
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseItem } from '../cases/case.ts';
import type { MailEntry } from '../mail/outbox.ts';
import { syncCaseFact } from '../monitor/facts.ts';
import { type ItemKey, type TableDeps } from '../core/table-deps.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';

export type EraseOutcome =
  | 'erased'
  /** Not (or no longer) closed: nothing was erased. */
  | 'not-closed'
  /** Retention only: the case was closed again meanwhile and has a later term. */
  | 'rescheduled'
  | 'missing';

export interface EraseOptions {
  /** Retention: erase only while the case is still due under this purge key. */
  purgeSk?: string;
}

type StoredCase = Partial<CaseItem> &
  Record<string, unknown> &
  ItemKey & { pendingMails?: Set<string> };

/** Mails the worker may still pick up: they lose their address, so they are cancelled. */
const unsent = (mail: MailEntry) => mail.status === 'pending' || mail.status === 'sending';

/** What an erased mail keeps: enough to show that a mail went out, not to whom or what. */
export const erasedMailError = 'Erased';

export async function eraseCase(
  deps: TableDeps,
  key: ItemKey,
  options: EraseOptions = {},
): Promise<EraseOutcome> {
  // A mail the worker claims, or a reply added, between our read and write fails the
  // write's condition; read again and retry a few times before giving up for this run.
  for (let attempt = 0; attempt < 5; attempt++) {
    const { Item } = await deps.db.send(
      new GetCommand({ TableName: deps.tableName, Key: key, ConsistentRead: true }),
    );
    if (!Item) return 'missing';
    const item = Item as StoredCase;
    if (options.purgeSk !== undefined && item.purgeSk !== options.purgeSk) return 'rescheduled';
    if (item.status !== 'afgerond') return 'not-closed';

    await syncCaseFact(deps, item);
    const erasedAt = deps.clock().toISOString();
    try {
      await deps.db.send(eraseCaseItem(deps.tableName, item, erasedAt, options));
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      continue;
    }
    await eraseHistoryText(deps, key, erasedAt);
    await removePurgeKeys(deps, key, erasedAt);
    return 'erased';
  }
  throw Object.assign(new Error('The case kept changing during erasure'), {
    name: 'EraseContention',
  });
}

function eraseCaseItem(
  tableName: string,
  item: StoredCase,
  erasedAt: string,
  options: EraseOptions,
): UpdateCommand {
  // `language` is a reserved word in DynamoDB's expressions.
  const names: Record<string, string> = { '#status': 'status', '#language': 'language' };
  const values: Record<string, unknown> = { ':closed': 'afgerond', ':now': erasedAt };
  const sets = ['erasedAt = :now'];
  const removes = [
    'personal',
    // The form's language and the wish for a tolk go with the person (case.ts).
    '#language',
    'tolk',
    'personPk',
    'personSk',
    'phonePk',
    'phoneSk',
    'fingerprint',
    'outboxPk',
    'outboxSk',
  ];
  const conditions = ['#status = :closed'];
  if (options.purgeSk !== undefined) {
    conditions.push('purgeSk = :purgeSk');
    values[':purgeSk'] = options.purgeSk;
  }

  const mails = Object.entries(item.mails ?? {});
  if (mails.length > 0) {
    names['#mails'] = 'mails';
    Object.assign(names, {
      '#to': 'to',
      '#replyTo': 'replyTo',
      '#params': 'params',
      '#subject': 'subject',
      '#body': 'body',
    });
    // No mail was added since the read (mail ids are never removed).
    conditions.push('size(#mails) = :mailCount');
    values[':mailCount'] = mails.length;
  } else {
    conditions.push('attribute_not_exists(mails)');
  }
  mails.forEach(([id, mail], index) => {
    const path = `#mails.#m${index}`;
    names[`#m${index}`] = id;
    removes.push(
      `${path}.#to`,
      `${path}.#replyTo`,
      `${path}.#params`,
      `${path}.#subject`,
      `${path}.#body`,
    );
    if (!unsent(mail)) return;
    // The worker's claim and outcome writes are conditioned on this status and lease.
    sets.push(`${path}.#status = :failed`, `${path}.lastError = :erased`);
    removes.push(`${path}.leaseUntil`, `${path}.leaseToken`);
    conditions.push(`${path}.#status = :s${index}`);
    values[`:s${index}`] = mail.status;
    values[':failed'] = 'failed';
    values[':erased'] = erasedMailError;
  });

  // History lines kept on the item hold no free text by design; should one ever carry a
  // text, it goes with the rest.
  const changes = (item.changes ?? {}) as Record<string, { text?: unknown } | undefined>;
  Object.entries(changes).forEach(([id, change], index) => {
    if (change?.text === undefined) return;
    names['#changes'] = 'changes';
    names[`#c${index}`] = id;
    names['#text'] = 'text';
    removes.push(`#changes.#c${index}.#text`);
  });

  let expression = `SET ${sets.join(', ')} REMOVE ${removes.join(', ')}`;
  const pending = [...(item.pendingMails ?? [])];
  if (pending.length > 0) {
    expression += ' DELETE pendingMails :pending';
    values[':pending'] = new Set(pending);
  }
  return new UpdateCommand({
    TableName: tableName,
    Key: { pk: item.pk, sk: item.sk },
    UpdateExpression: expression,
    ConditionExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  });
}

/** Event types whose details may hold free text (a reply's subject, a note's context). */
const freeTextEvents = new Set(['note', 'reply']);

/**
 * Removes the free text of the case's history items written up to the erasure. Items
 * written later (after a reopening) are not touched; a later erasure covers them.
 */
async function eraseHistoryText(deps: TableDeps, key: ItemKey, erasedAt: string) {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        // `EVENT#<at>#<id>`: '#' sorts before '$', so every event at erasedAt is included.
        ExpressionAttributeValues: {
          ':pk': key.pk,
          ':from': 'EVENT#',
          ':to': `EVENT#${erasedAt}$`,
        },
        ProjectionExpression: 'pk, sk, #type, #text, details',
        ExpressionAttributeNames: { '#type': 'type', '#text': 'text' },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const event of page.Items ?? []) {
      const dropDetails = freeTextEvents.has(String(event.type)) && event.details !== undefined;
      if (event.text === undefined && !dropDetails) continue;
      await deps.db
        .send(
          new UpdateCommand({
            TableName: deps.tableName,
            Key: { pk: event.pk, sk: event.sk },
            UpdateExpression: `SET erasedAt = :now REMOVE #text${dropDetails ? ', details' : ''}`,
            // Never create an item: only blank one that is still there.
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#text': 'text' },
            ExpressionAttributeValues: { ':now': erasedAt },
          }),
        )
        .catch((error: unknown) => {
          if (!isConditionFailure(error)) throw error;
        });
    }
    start = page.LastEvaluatedKey;
  } while (start);
}

async function removePurgeKeys(deps: TableDeps, key: ItemKey, erasedAt: string) {
  try {
    await deps.db.send(
      new UpdateCommand({
        TableName: deps.tableName,
        Key: key,
        UpdateExpression: 'REMOVE purgePk, purgeSk',
        // A later erasure finishes its own work; a reopened case keeps its new keys.
        ConditionExpression: 'erasedAt = :now AND #status = :closed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':now': erasedAt, ':closed': 'afgerond' },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
