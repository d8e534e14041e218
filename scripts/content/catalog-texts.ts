/**
 * The texts of a message catalog (a `Record<Locale, …>`, issue #14) by their path in it
 * (`browser.problem`, `topics.opp`), and the lock that says from which Dutch text each was
 * translated: a catalog has no front matter, so `content/translations/catalogs.lock.json`
 * keeps, per text, the hash of the Dutch words the translations were made from. When the
 * Dutch text changes and the lock does not, `npm run translations` names it stale.
 */
import { createHash } from 'node:crypto';
import { sourceLocale, type Locale } from '../../functions/core/locales.ts';

export type Catalog = Readonly<Record<Locale, unknown>>;

/** Every text of one language's part of a catalog, by its path. */
export function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      for (const [leaf, text] of leaves(inner, path ? `${path}.${key}` : key)) {
        found.set(leaf, text);
      }
    }
  } else {
    found.set(path, value);
  }
  return found;
}

const textHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** The lock as it would be recorded now: `<catalog>.<path>` → hash of today's Dutch text. */
export function catalogLock(catalogs: Readonly<Record<string, Catalog>>): Record<string, string> {
  const lock: Record<string, string> = {};
  for (const [name, catalog] of Object.entries(catalogs)) {
    for (const [path, text] of leaves(catalog[sourceLocale])) {
      if (typeof text === 'string') lock[`${name}.${path}`] = textHash(text);
    }
  }
  return lock;
}

export interface CatalogStaleness {
  /** Texts whose Dutch changed after their translations were made. */
  stale: string[];
  /** Texts that are new since the lock was recorded (their translations are as new). */
  unrecorded: string[];
}

export function catalogStaleness(
  catalogs: Readonly<Record<string, Catalog>>,
  lock: Readonly<Record<string, string>>,
): CatalogStaleness {
  const now = catalogLock(catalogs);
  const keys = Object.keys(now);
  return {
    stale: keys.filter((key) => key in lock && lock[key] !== now[key]),
    unrecorded: keys.filter((key) => !(key in lock)),
  };
}
