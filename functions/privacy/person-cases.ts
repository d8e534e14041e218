/**
 * A person's cases, found by e-mail address or phone number for an AVG request (inzage,
 * export, verwijdering). The person indexes hold hashes, never the address or number;
 * every case found is checked against the caller's steunpunt through its tenant record.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { personPartition, phonePartition } from '../core/keys.ts';
import { caseKinds } from '../cases/case-kinds.ts';
import { caseStatuses, intakeChannels, signalCategories } from '../cases/case.ts';
import type { StoredCase } from '../cases/case-view.ts';
import type { MailEntry } from '../mail/outbox.ts';
import { renderMail } from '../cases/case-mails.ts';
import { contactChannels, roles, schoolTypes } from '../core/vocabulary.ts';
import { locales } from '../core/locales.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import { labelOf } from '../topics/topic-list.ts';
import { readTopicSettings } from '../topics/topic-store.ts';
import type { PersonInput } from './person-input.ts';
import type { ItemKey } from '../core/table-deps.ts';
import type { PrivacyRouteDeps } from './privacy-deps.ts';

export type { StoredCase };

export interface PersonCase {
  item: StoredCase;
  tenant: Tenant;
}

/** The person's own texts of every kind (the question, …), by their name in an export. */
const personalTextNames: ReadonlyMap<string, string> = new Map(
  Object.values(caseKinds).flatMap((kind) => Object.entries(kind.personalTexts)),
);

function personalTextsOf(item: StoredCase): Record<string, string> {
  const personal: Record<string, string | undefined> = item.personal ?? {};
  return Object.fromEntries(
    [...personalTextNames]
      .filter(([key]) => personal[key])
      .map(([key, name]) => [name, String(personal[key])]),
  );
}

/** Which index holds the person under which key: e-mail, phone, or both. */
function lookupsOf(person: PersonInput) {
  return [
    ...(person.email
      ? [{ index: 'person', attribute: 'personPk', key: personPartition(person.email) }]
      : []),
    ...(person.phone
      ? [{ index: 'personPhone', attribute: 'phonePk', key: phonePartition(person.phone) }]
      : []),
  ] as const;
}

async function keysIn(deps: PrivacyRouteDeps, index: string, attribute: string, key: string) {
  const keys: ItemKey[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        IndexName: index,
        KeyConditionExpression: '#key = :key',
        ExpressionAttributeNames: { '#key': attribute },
        ExpressionAttributeValues: { ':key': key },
        ProjectionExpression: 'pk, sk',
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) keys.push({ pk: String(item.pk), sk: String(item.sk) });
    start = page.LastEvaluatedKey;
  } while (start);
  return keys;
}

export async function findPersonCases(
  deps: PrivacyRouteDeps,
  person: PersonInput,
  steunpunt: string,
): Promise<PersonCase[]> {
  const lookups = lookupsOf(person);
  const keys = new Map<string, ItemKey>();
  for (const { index, attribute, key } of lookups) {
    // A case with both the address and the number is found twice: it counts once.
    for (const found of await keysIn(deps, index, attribute, key)) keys.set(found.pk, found);
  }

  const found: PersonCase[] = [];
  for (const key of keys.values()) {
    // The index may lag; the item itself says whether it still belongs to this person.
    const { Item } = await deps.db.send(
      new GetCommand({ TableName: deps.tableName, Key: key, ConsistentRead: true }),
    );
    if (!Item || !lookups.some(({ attribute, key: value }) => Item[attribute] === value)) continue;
    const item = Item as StoredCase;
    const tenant = await deps.tenants(item.tenant);
    // Another steunpunt's cases are not there, as far as this caller can tell.
    if (!tenant || tenant.steunpunt !== steunpunt) continue;
    found.push({ item, tenant });
  }
  return found.sort((a, b) => b.item.createdAt.localeCompare(a.item.createdAt));
}

const label = (labels: Record<string, string>, value: unknown) =>
  typeof value === 'string' ? (labels[value] ?? value) : undefined;

/** One history item as stored: `pk = <case pk>`, `sk = EVENT#<at>#<id>`. */
interface StoredEvent {
  type?: string;
  at?: string;
  text?: string;
  details?: Record<string, string>;
}

const eventLabels: Record<string, string> = {
  created: 'Vraag ontvangen',
  status: 'Status gewijzigd',
  assign: 'Toegewezen',
  note: 'Notitie',
  reply: 'Antwoord gestuurd',
  signal: 'Signaal',
  topic: 'Onderwerp gewijzigd',
};

async function historyOf(deps: PrivacyRouteDeps, pk: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :event)',
        ExpressionAttributeValues: { ':pk': pk, ':event': 'EVENT#' },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    events.push(...((page.Items ?? []) as StoredEvent[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return events;
}

/** The mail as the person received it, when its template is known here. */
function mailForExport(mail: MailEntry) {
  let rendered: { onderwerp: string; tekst: string } | undefined;
  try {
    const mailText = renderMail(mail.template, mail.params ?? {});
    rendered = { onderwerp: mailText.subject, tekst: mailText.text };
  } catch {
    rendered = undefined;
  }
  return {
    aan: mail.to,
    status: mail.status,
    ...(mail.sentAt ? { verstuurdOp: mail.sentAt } : {}),
    ...(rendered ?? { gegevens: mail.params }),
  };
}

/**
 * Everything stored about the person in these cases, in Dutch, for the person. Staff
 * identities (who handled what) are left out: they are not the person's data.
 */
export async function exportPerson(deps: PrivacyRouteDeps, cases: PersonCase[], now: Date) {
  const exported = [];
  for (const { item, tenant } of cases) {
    const history = await historyOf(deps, item.pk);
    exported.push({
      referentie: item.reference,
      samenwerkingsverband: tenant.name,
      steunpunt: tenant.steunpuntName,
      ontvangenOp: item.createdAt,
      status: label(caseStatuses, item.status),
      binnengekomenVia: label(intakeChannels, item.channel),
      rol: label(roles, item.role),
      // The steunpunt's own topics too, by the name they have now (none is ever deleted).
      onderwerp: labelOf(await readTopicSettings(deps, tenant.steunpunt), String(item.topic)),
      school: label(schoolTypes, item.schoolType),
      gemeente: item.gemeente,
      contactOpnemenVia: label(contactChannels, item.contactChannel),
      ...(item.firstResponseAt ? { eersteAntwoordOp: item.firstResponseAt } : {}),
      ...(item.closedAt ? { afgerondOp: item.closedAt } : {}),
      persoonsgegevens: {
        ...(item.personal?.name ? { naam: item.personal.name } : {}),
        ...(item.personal?.email ? { email: item.personal.email } : {}),
        ...(item.personal?.phone ? { telefoon: item.personal.phone } : {}),
        ...personalTextsOf(item),
        // The form's language and the wish for a tolk: erased with the rest (erasure.ts).
        ...(item.language ? { taal: locales[item.language].name } : {}),
        ...(item.tolk ? { tolk: 'ja' } : {}),
      },
      ...(item.signal
        ? {
            signaal: {
              categorie: label(signalCategories, item.signal.category),
              tekst: item.signal.text,
            },
          }
        : {}),
      mails: Object.values(item.mails ?? {}).map(mailForExport),
      geschiedenis: history.map((event) => ({
        wat: label(eventLabels, event.type),
        op: event.at,
        ...(event.text ? { tekst: event.text } : {}),
        // Who was assigned is about staff, not about the person.
        ...(event.details && event.type !== 'assign' ? { details: event.details } : {}),
      })),
    });
  }
  return {
    gemaaktOp: now.toISOString(),
    uitleg:
      'Dit zijn alle gegevens die het steunpunt over jou bewaart bij je vragen. ' +
      'Zonder naam of adres blijft alleen een telling over voor het overzicht van het samenwerkingsverband.',
    vragen: exported,
  };
}
