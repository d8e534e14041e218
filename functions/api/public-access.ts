/**
 * What the public function may do in the table, declared once: the CDK app turns it into
 * the function's IAM policy (infra/api-access.ts), and the public app's integration test runs
 * every public route against a client that refuses anything outside it
 * (test/support/access-checked-db.ts), so the declaration is exactly what the code needs.
 *
 * Items are named by their partition key (IAM's `dynamodb:LeadingKeys`, `*` as a wildcard).
 * The public function can make and read back its own case by its key, but it cannot list
 * cases (no query on a case partition or on the inbox, person or other case indexes), cannot
 * list the staff directory or read the account register (`ACCOUNTS`), and has no Cognito or
 * SES rights at all.
 */
export interface TableGrant {
  actions: readonly ('GetItem' | 'BatchGetItem' | 'PutItem' | 'UpdateItem' | 'Query')[];
  /** The index a query reads; left out, the table itself. */
  index?: string;
  /** The partition keys it may touch. */
  keys: readonly string[];
  /**
   * The only attributes it may read (IAM's `dynamodb:Attributes`, with `dynamodb:Select`
   * SPECIFIC_ATTRIBUTES): the call must name them in its projection. Left out, any.
   */
  attributes?: readonly string[];
}

export const publicTableAccess: readonly TableGrant[] = [
  {
    actions: ['GetItem', 'PutItem', 'UpdateItem'],
    keys: [
      // An SWV's profile; a new case and its replay by the same key (SWV#<slug>#Q#<id>).
      'SWV#*',
      // The steunpunt's reference counter, settings and topics.
      'SP#*',
      // The steunpunt register: the public contact.
      'STEUNPUNTEN',
      // A meeting and one attendee's own item (sign-up, cancel link).
      'MEETING#*',
      // The per-client and per-address counters and the used proofs of work.
      'LIMIT#*',
      'PROOF#*',
    ],
  },
  // The one member of staff a steunpunt named for complaints about itself, read by the id
  // in its settings to check they still work there (case-restriction.ts). By key only: the
  // staff directory cannot be listed.
  { actions: ['GetItem'], keys: ['STAFF#*'] },
  // The SWV profiles a steunpunt serves, for its first reference number of a year.
  { actions: ['BatchGetItem'], keys: ['SWV#*'] },
  // Their slugs. IAM cannot narrow a query by sort key, and this partition also holds the
  // staff directory, so the query may return the keys and the slug and nothing else.
  { actions: ['Query'], keys: ['SP#*'], attributes: ['pk', 'sk', 'slug'] },
  // The Oudercafé's agenda of one steunpunt.
  { actions: ['Query'], index: 'inbox', keys: ['SP#*#MEETINGS'] },
];

/** Whether `pattern` (with `*` for any run of characters) matches `key`, as IAM's StringLike. */
export function keyMatches(pattern: string, key: string): boolean {
  const parts = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`, 's').test(key);
}
