import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../lib/clock.ts';

/** What the meeting domain needs: the table, a clock tests can move, where the site is. */
export interface MeetingDeps {
  db: DynamoDBDocumentClient;
  tableName: string;
  clock: Clock;
  /** The site's origin for links in mails, e.g. https://steunpunt.example (no trailing /). */
  siteOrigin: string;
}

/** A short random pause before a retry, so writers that collided do not collide again. */
export const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(100, 5 * 2 ** attempt)));
