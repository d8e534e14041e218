/**
 * Replying to a case by e-mail. The mail is added to the case item's outbox in the same
 * UpdateItem that records the reply (and the first answer, and the status), so there is
 * never a reply without its mail; the mail worker sends it with the `case-reply` template.
 * The mail's id comes from the request's idempotency key: a retry adds no second mail.
 */
import * as z from 'zod/mini';
import { factDirtyAttributes } from './case-fact-mark.ts';
import { outboxPartition, outboxSortKey } from '../mail/outbox.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import type { Staff } from '../auth/tenant-access.ts';
import type { CaseDeps } from './case-deps.ts';
import type { CaseTarget } from './case-changes.ts';
import type { replyInput } from './changes-input.ts';
import { readSettings } from './case-settings.ts';
import { mailAbout, replyAddressFor, type ReplyAddress } from './case-reply-address.ts';
import { statusChanges } from './case-status.ts';
import { changeCase, type ChangeOutcome, type Plan } from './case-update.ts';
import type { StoredCase } from './case-view.ts';
import { fillPlaceholders, getTemplate, templateIdPattern } from './reply-templates.ts';
import { replyLangParam } from './case-reply-mail.ts';
import type { Locale } from '../core/locales.ts';
import {
  asksForReply,
  noReplyAddressMessage,
  noRestrictedReplyAddressMessage,
} from './templates-input.ts';

export const replyMailId = (idempotencyKey: string) => `reply-${idempotencyKey}`;

/**
 * A reply's text lives in its mail on the case item, and an item holds at most 400 KB.
 * Long before that, refuse in Dutch instead of failing the write.
 */
const maxCaseBytes = 300_000;
const approximateBytes = (value: unknown) =>
  Buffer.byteLength(JSON.stringify(value, (_key, v: unknown) => (v instanceof Set ? [...v] : v)));
export const caseFullMessage =
  'Dit dossier is te groot geworden voor nog een antwoord per e-mail. Maak een nieuw dossier aan.';

export const noEmailMessage =
  'Dit dossier heeft geen e-mailadres. Neem contact op zoals de persoon heeft gevraagd.';

function placeholderValues(item: StoredCase, tenant: Tenant, staff: Staff) {
  return {
    ...(item.personal?.name ? { naam: item.personal.name } : {}),
    referentie: item.reference,
    steunpunt: tenant.steunpuntName,
    medewerker: staff.name,
  };
}

/**
 * Where an answer to a mail about this case, made now, goes: for a restricted case the
 * address set for complaints about the steunpunt, read consistently (so a change a moment
 * ago counts). The reply and the case page's reply form both ask this.
 */
export async function replyAddressOfCase(
  deps: Pick<CaseDeps, 'db' | 'tableName'>,
  tenant: Pick<Tenant, 'steunpunt' | 'steunpuntEmail'>,
  item: { restrictedTo?: string | undefined },
): Promise<ReplyAddress> {
  if (!item.restrictedTo) return replyAddressFor(tenant);
  const { complaintsEmail } = await readSettings(deps, tenant.steunpunt, true);
  return replyAddressFor(tenant, { complaintsEmail });
}

/**
 * The language of a reply: that of the template it was written from (issue #14), so the
 * mail's own words and its HTML's lang/dir match the text. Without one (or when the
 * template is gone since) it is Dutch, as staff write.
 */
async function templateLanguage(
  deps: Pick<CaseDeps, 'db' | 'tableName'>,
  staff: Staff,
  templateId: string | undefined,
): Promise<Locale> {
  if (!templateId || !templateIdPattern.test(templateId)) return 'nl';
  return (await getTemplate(deps, staff.steunpunt, templateId))?.lang ?? 'nl';
}

export async function replyToCase(
  deps: CaseDeps,
  staff: Staff,
  tenant: Tenant,
  target: CaseTarget,
  input: z.output<typeof replyInput>,
  idempotencyKey: string,
): Promise<ChangeOutcome> {
  const mailId = replyMailId(idempotencyKey);
  return changeCase(
    deps,
    staff,
    target,
    {
      idempotencyKey,
      type: 'reply',
      ...(input.version !== undefined ? { expectedVersion: input.version } : {}),
    },
    async (item, now): Promise<Plan> => {
      const email = item.personal?.email;
      if (!email) return { kind: 'reject', status: 400, message: noEmailMessage, field: 'form' };

      // The mail goes out from noreply@; only a Reply-To lets an answer arrive. A complaint
      // about the steunpunt takes the address set for those (read now, consistently, and
      // written with the mail), never the shared one.
      const reply = await replyAddressOfCase(deps, tenant, item);
      if (!reply.replyTo && asksForReply(input.body)) {
        const message = reply.unread ? noRestrictedReplyAddressMessage : noReplyAddressMessage;
        return { kind: 'reject', status: 400, message, field: 'body' };
      }

      const values = placeholderValues(item, tenant, staff);
      const lang = await templateLanguage(deps, staff, input.templateId);
      const mail = mailAbout(
        'case-reply',
        email,
        {
          subject: fillPlaceholders(input.subject, values),
          body: fillPlaceholders(input.body, values),
          reference: item.reference,
          steunpuntName: tenant.steunpuntName,
          ...(lang === 'nl' ? {} : { [replyLangParam]: lang }),
        },
        now,
        reply,
      );

      if (approximateBytes(item) + approximateBytes(mail) > maxCaseBytes) {
        return { kind: 'reject', status: 400, message: caseFullMessage, field: 'body' };
      }

      const status = input.status ?? 'wacht-op-reactie';
      const attributes =
        status === item.status
          ? { set: {}, remove: [] }
          : statusChanges(
              item,
              status,
              now,
              status === 'afgerond'
                ? (await readSettings(deps, staff.steunpunt)).retentionMonths
                : 0,
            );
      if (!item.firstResponseAt) {
        // The first answer is what the response target measures; the monitor counts it.
        Object.assign(attributes.set, {
          firstResponseAt: now.toISOString(),
          ...factDirtyAttributes(item.pk, now),
        });
      }

      const names: Record<string, string> = {
        '#mails': 'mails',
        '#outboxPk': 'outboxPk',
        '#outboxSk': 'outboxSk',
        '#pending': 'pendingMails',
      };
      const mailValues: Record<string, unknown> = {
        ':mailIds': new Set([mailId]),
        ':outboxPk': outboxPartition,
        // Due now; the worker moves the keys on when other mails wait for later.
        ':outboxSk': outboxSortKey(now.toISOString(), item.pk, item.sk),
      };
      const set = ['#outboxPk = :outboxPk', '#outboxSk = :outboxSk'];
      const conditions: string[] = [];
      if (item.mails) {
        names['#mailId'] = mailId;
        set.push('#mails.#mailId = :mail');
        conditions.push('attribute_not_exists(#mails.#mailId)');
        mailValues[':mail'] = mail;
      } else {
        set.push('#mails = :mails');
        conditions.push('attribute_not_exists(#mails)');
        mailValues[':mails'] = { [mailId]: mail };
      }
      return {
        kind: 'change',
        attributes,
        details: {
          mailId,
          ...(input.templateId && templateIdPattern.test(input.templateId)
            ? { templateId: input.templateId }
            : {}),
        },
        extra: { set, add: ['#pending :mailIds'], names, values: mailValues, conditions },
      };
    },
  );
}

/** A template filled in for one case: the starting text of a reply. */
export async function replyDraft(
  deps: Pick<CaseDeps, 'db' | 'tableName'>,
  staff: Staff,
  tenant: Tenant,
  item: StoredCase,
  templateId: string,
): Promise<{ subject: string; body: string; lang: Locale } | undefined> {
  if (!templateIdPattern.test(templateId)) return undefined;
  const template = await getTemplate(deps, staff.steunpunt, templateId);
  if (!template) return undefined;
  const values = placeholderValues(item, tenant, staff);
  return {
    subject: fillPlaceholders(template.subject, values),
    body: fillPlaceholders(template.body, values),
    lang: template.lang,
  };
}
