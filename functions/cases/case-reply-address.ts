/**
 * Where a parent's answer to a mail about a case goes: the one decision every such mail
 * takes (the intakes' confirmation and reminder, a medewerker's reply). Mails go out from
 * noreply@; the Reply-To is what makes an answer arrive, and it is written with the mail in
 * the outbox in the same write as the case change, so nothing at send time can move it.
 *
 * A restricted case (a complaint about the steunpunt itself, case-restriction.ts) never
 * carries the steunpunt's shared address: the colleagues who read that box may be the ones
 * the complaint is about. It gets the address the coördinator set for such complaints
 * (Instellingen: `complaintsEmail`), or none, and then the mail says that an answer is not
 * read and how the parent can reach someone.
 */
import { newMail, type MailEntry } from '../mail/outbox.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import type { ReplyAddress } from './case.ts';
import { nationalLine } from '../core/national-line.ts';
import type { Locale } from '../core/locales.ts';
import { replyMailTexts } from './reply-mail-texts.ts';

export type { ReplyAddress };

/** The mail parameter that makes a template add `unreadRepliesLines`. */
export const unreadParam = 'repliesUnread';

/**
 * The reply address of a mail about a case. `restricted` is given for a restricted case,
 * with the address the steunpunt set for complaints about itself, if any.
 */
export function replyAddressFor(
  tenant: Pick<Tenant, 'steunpuntEmail'>,
  restricted?: { complaintsEmail?: string | undefined },
): ReplyAddress {
  if (!restricted) return tenant.steunpuntEmail ? { replyTo: tenant.steunpuntEmail } : {};
  const own = restricted.complaintsEmail?.trim().toLowerCase();
  // Set to the shared address after all (the settings route refuses it; the register can
  // change afterwards): still never the shared box.
  const shared = tenant.steunpuntEmail?.trim().toLowerCase();
  return own && own !== shared ? { replyTo: own } : { unread: true };
}

/** A mail to the parent about a case, with its reply address decided above. */
export function mailAbout(
  template: string,
  to: string,
  params: Record<string, string>,
  due: Date,
  reply: ReplyAddress,
): MailEntry {
  return newMail(
    template,
    to,
    reply.unread ? { ...params, [unreadParam]: 'ja' } : params,
    due,
    reply.replyTo,
  );
}

/** What a mail without a Reply-To says when its case is restricted; B1, in the mail's text. */
export function unreadRepliesLines(params: Record<string, string>, lang: Locale = 'nl'): string[] {
  if (params[unreadParam] !== 'ja') return [];
  return replyMailTexts[lang].unread(nationalLine);
}
