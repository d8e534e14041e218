/**
 * Reply templates per steunpunt, kept by the coördinator: items
 * `pk=SP#<steunpunt>, sk=TEMPLATE#<id>`. A template's subject and text may hold the
 * placeholders {naam}, {referentie}, {steunpunt} and {medewerker}, filled in per case.
 */
import { createHash } from 'node:crypto';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { steunpuntPartition } from '../core/keys.ts';
import { isLocale } from '../core/locales.ts';
import { templateKey, templatePrefix } from './case-keys.ts';
import type { ReplyTemplate, TemplateInput, TemplatePlaceholder } from './templates-input.ts';
import { isConditionFailure } from '../lib/dynamo-errors.ts';
import type { TableHandle } from '../core/table-deps.ts';

export const templateIdPattern = /^[a-z0-9-]{1,64}$/;

/** A new template's id comes from the request's key: a retry addresses the same item. */
export const templateIdFor = (steunpunt: string, idempotencyKey: string) =>
  createHash('sha256').update(`${steunpunt}\n${idempotencyKey}`).digest('hex').slice(0, 20);

function toTemplate(item: Record<string, unknown>): ReplyTemplate {
  return {
    id: String(item.id),
    name: String(item.name),
    subject: String(item.subject),
    body: String(item.body),
    lang: typeof item.lang === 'string' && isLocale(item.lang) ? item.lang : 'nl',
    version: Number(item.version),
    updatedAt: String(item.updatedAt),
  };
}

export async function listTemplates(
  deps: TableHandle,
  steunpunt: string,
): Promise<ReplyTemplate[]> {
  const templates: ReplyTemplate[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await deps.db.send(
      new QueryCommand({
        TableName: deps.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': steunpuntPartition(steunpunt),
          ':prefix': templatePrefix,
        },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    templates.push(...(page.Items ?? []).map(toTemplate));
    start = page.LastEvaluatedKey;
  } while (start);
  return templates.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export async function getTemplate(
  deps: TableHandle,
  steunpunt: string,
  id: string,
  consistent = false,
): Promise<(ReplyTemplate & { lastKey?: string }) | undefined> {
  const { Item } = await deps.db.send(
    new GetCommand({
      TableName: deps.tableName,
      Key: templateKey(steunpunt, id),
      ConsistentRead: consistent,
    }),
  );
  if (!Item) return undefined;
  return { ...toTemplate(Item), ...(Item.lastKey ? { lastKey: String(Item.lastKey) } : {}) };
}

export type TemplateOutcome =
  | { kind: 'created' | 'replayed' | 'saved'; template: ReplyTemplate }
  | { kind: 'not-found' }
  | { kind: 'conflict'; version: number };

const strip = ({ lastKey: _lastKey, ...template }: ReplyTemplate & { lastKey?: string }) =>
  template;

export async function createTemplate(
  deps: TableHandle,
  steunpunt: string,
  input: TemplateInput,
  idempotencyKey: string,
  now: Date,
): Promise<TemplateOutcome> {
  const id = templateIdFor(steunpunt, idempotencyKey);
  const template: ReplyTemplate = {
    id,
    name: input.name,
    subject: input.subject,
    body: input.body,
    lang: input.lang ?? 'nl',
    version: 1,
    updatedAt: now.toISOString(),
  };
  try {
    await deps.db.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: {
          ...templateKey(steunpunt, id),
          kind: 'reply-template',
          ...template,
          lastKey: idempotencyKey,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const earlier = await getTemplate(deps, steunpunt, id, true);
    if (earlier) return { kind: 'replayed', template: strip(earlier) };
    throw error;
  }
  return { kind: 'created', template };
}

export async function updateTemplate(
  deps: TableHandle,
  steunpunt: string,
  id: string,
  input: TemplateInput,
  idempotencyKey: string,
  now: Date,
): Promise<TemplateOutcome> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await getTemplate(deps, steunpunt, id, true);
    if (!current) return { kind: 'not-found' };
    if (current.lastKey === idempotencyKey) return { kind: 'replayed', template: strip(current) };
    if (input.version !== undefined && input.version !== current.version) {
      return { kind: 'conflict', version: current.version };
    }
    const template: ReplyTemplate = {
      id,
      name: input.name,
      subject: input.subject,
      body: input.body,
      lang: input.lang ?? 'nl',
      version: current.version + 1,
      updatedAt: now.toISOString(),
    };
    try {
      await deps.db.send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: templateKey(steunpunt, id),
          UpdateExpression:
            'SET #name = :name, subject = :subject, body = :body, #lang = :lang, version = :next, updatedAt = :at, lastKey = :key',
          ConditionExpression: 'version = :version',
          ExpressionAttributeNames: { '#name': 'name', '#lang': 'lang' },
          ExpressionAttributeValues: {
            ':name': template.name,
            ':lang': template.lang,
            ':subject': template.subject,
            ':body': template.body,
            ':next': template.version,
            ':at': template.updatedAt,
            ':key': idempotencyKey,
            ':version': current.version,
          },
        }),
      );
      return { kind: 'saved', template };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  const latest = await getTemplate(deps, steunpunt, id, true);
  return latest ? { kind: 'conflict', version: latest.version } : { kind: 'not-found' };
}

/** Deleting is idempotent by nature: a retry finds nothing left to delete. */
export async function deleteTemplate(
  deps: TableHandle,
  steunpunt: string,
  id: string,
): Promise<void> {
  await deps.db.send(
    new DeleteCommand({ TableName: deps.tableName, Key: templateKey(steunpunt, id) }),
  );
}

/**
 * Fills the placeholders. A missing value (no name given) leaves no gap: "Hallo {naam},"
 * becomes "Hallo,".
 */
export function fillPlaceholders(
  text: string,
  values: Partial<Record<TemplatePlaceholder, string>>,
): string {
  return text.replace(
    /([ \t]*)\{(naam|referentie|steunpunt|medewerker)\}/g,
    (_match, space: string, name: TemplatePlaceholder) => {
      const value = values[name]?.trim();
      return value ? `${space}${value}` : '';
    },
  );
}

const signOff = 'Met vriendelijke groet,\n{medewerker}\n{steunpunt}';

/** Starting points for a new steunpunt, in plain Dutch (B1). */
export const defaultTemplates: readonly Omit<ReplyTemplate, 'version' | 'updatedAt' | 'lang'>[] = [
  {
    id: 'eerste-reactie',
    name: 'Eerste reactie',
    subject: 'Je vraag aan {steunpunt}',
    body: `Hallo {naam},\n\nBedankt voor je vraag. Ik ben {medewerker} en ik help je verder.\n\n[Schrijf hier je antwoord.]\n\nHeb je nog een vraag? Beantwoord dan deze e-mail.\n\n${signOff}`,
  },
  {
    id: 'meer-informatie',
    name: 'Meer informatie nodig',
    subject: 'We willen meer weten over je vraag',
    body: `Hallo {naam},\n\nBedankt voor je vraag. Om je goed te helpen, willen we meer weten.\n\n[Schrijf hier wat je wilt weten.]\n\nWil je deze e-mail beantwoorden? Bellen mag ook.\n\n${signOff}`,
  },
  {
    id: 'gesprek',
    name: 'Voorstel voor een gesprek',
    subject: 'Een gesprek over je vraag',
    body: `Hallo {naam},\n\nIk wil graag met je praten over je vraag. Dan kijken we samen wat er nodig is.\n\nWanneer komt het jou uit? Beantwoord deze e-mail met een paar momenten.\n\n${signOff}`,
  },
  {
    id: 'afronding',
    name: 'Afronding',
    subject: 'We ronden je vraag af',
    body: `Hallo {naam},\n\nWe hebben je vraag beantwoord. Daarom ronden we je vraag nu af.\n\nHeb je later nog een vraag? Neem dan gerust contact met ons op. Noem dan je referentienummer {referentie}.\n\n${signOff}`,
  },
];

/**
 * Puts the default templates for a steunpunt (or the ones given, such as the demo's
 * templates in other languages). A template that is already there (perhaps changed by the
 * coördinator) is left alone, so seeding again changes nothing.
 */
export async function seedDefaultTemplates(
  db: DynamoDBDocumentClient,
  tableName: string,
  steunpunt: string,
  now: Date,
  templates: readonly (Omit<ReplyTemplate, 'version' | 'updatedAt' | 'lang'> & {
    lang?: ReplyTemplate['lang'];
  })[] = defaultTemplates,
): Promise<number> {
  let created = 0;
  for (const template of templates) {
    try {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...templateKey(steunpunt, template.id),
            kind: 'reply-template',
            ...template,
            version: 1,
            updatedAt: now.toISOString(),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      created++;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
  return created;
}
