import type { TableDeps } from '../core/table-deps.ts';

/** What the meeting domain needs: the table, a clock tests can move, where the site is. */
export interface MeetingDeps extends TableDeps {
  /** The site's origin for links in mails, e.g. https://steunpunt.example (no trailing /). */
  siteOrigin: string;
}

/** A short random pause before a retry, so writers that collided do not collide again. */
export const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * 2 ** attempt)));
