/**
 * A steunpunt's public contact as the lines of the contact block: used when the page is
 * built (from the content profile) and by the block's script (from the live register), so
 * both write the same lines. Plain TypeScript without dependencies: it runs on every page.
 */
import type { PublicSteunpuntContact } from '../../../functions/admin/steunpunt-contact-schema.ts';

export interface ContactLine {
  kind: 'phone' | 'whatsapp' | 'email' | 'hours' | 'address' | 'website';
  label: string;
  value: string;
  href?: string;
}

/** The contact fields the block shows, from the register or from a content profile. */
export type ContactFields = Omit<PublicSteunpuntContact, 'steunpunt' | 'name'>;

/** A phone number as a tel: link target: digits only, with a leading + kept. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * A WhatsApp number as a wa.me link, which wants the international number in digits:
 * "06 12345678" becomes 31612345678; "+31 6…" and "0031 6…" the same.
 */
export function whatsappHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  const international = digits.startsWith('+')
    ? digits.slice(1)
    : digits.startsWith('00')
      ? digits.slice(2)
      : digits.startsWith('0')
        ? `31${digits.slice(1)}`
        : digits;
  return `https://wa.me/${international}`;
}

/** How to reach the steunpunt: only the fields it has, in the order a parent looks for them. */
export function contactLines(contact: ContactFields): ContactLine[] {
  const lines: ContactLine[] = [];
  const { phone, hours, whatsapp, email, visitingAddress } = contact;
  if (phone) lines.push({ kind: 'phone', label: 'Telefoon', value: phone, href: telHref(phone) });
  if (hours) lines.push({ kind: 'hours', label: 'Bereikbaar', value: hours });
  if (whatsapp) {
    lines.push({
      kind: 'whatsapp',
      label: 'WhatsApp',
      value: whatsapp,
      href: whatsappHref(whatsapp),
    });
  }
  if (email) lines.push({ kind: 'email', label: 'E-mail', value: email, href: `mailto:${email}` });
  if (visitingAddress)
    lines.push({ kind: 'address', label: 'Bezoekadres', value: visitingAddress });
  return lines;
}

/** Can a parent reach the steunpunt directly, by phone, WhatsApp or e-mail? */
export const reachable = (contact: ContactFields) =>
  Boolean(contact.phone || contact.whatsapp || contact.email);

export { nationalLine } from '../../../functions/core/national-line.ts';
