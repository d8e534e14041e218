/**
 * The one description of the portal's DynamoDB table. The CDK stack and the local
 * dynalite both build the table from this, so the two cannot drift apart.
 * Every access pattern is listed in ARCHITECTURE.md with the key or index that serves it.
 */
export interface KeyAttribute {
  name: string;
  type: 'S' | 'N';
}

export interface IndexDesign {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
}

export const tableDesign = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  indexes: [
    // A steunpunt's cases in one status, newest first: the back-office inbox.
    {
      indexName: 'inbox',
      partitionKey: { name: 'inboxPk', type: 'S' },
      sortKey: { name: 'inboxSk', type: 'S' },
    },
    // A steunpunt's cases with a filing deadline in one status, soonest last day first
    // (the inbox's "Termijn eerst"). Sparse: only cases with a filing deadline have the keys.
    {
      indexName: 'deadline',
      partitionKey: { name: 'deadlinePk', type: 'S' },
      sortKey: { name: 'deadlineSk', type: 'S' },
    },
    // A question by its human reference (V-2026-000123) within one tenant (the steunpunt's
    // counter makes it unique across its tenants; case-view.ts asks each of them).
    { indexName: 'reference', partitionKey: { name: 'refPk', type: 'S' } },
    // Items that carry a mail still to be sent, by the moment it is due. Sparse:
    // the attributes are removed when nothing is pending.
    {
      indexName: 'outbox',
      partitionKey: { name: 'outboxPk', type: 'S' },
      sortKey: { name: 'outboxSk', type: 'S' },
    },
    // Every case of one person (a hash of the e-mail address), for inzage and verwijdering.
    {
      indexName: 'person',
      partitionKey: { name: 'personPk', type: 'S' },
      sortKey: { name: 'personSk', type: 'S' },
    },
    // Every case of one person by phone (a hash of the number in one spelling): contacts
    // by phone or WhatsApp often have no e-mail address. Sparse, like the person index.
    {
      indexName: 'personPhone',
      partitionKey: { name: 'phonePk', type: 'S' },
      sortKey: { name: 'phoneSk', type: 'S' },
    },
    // Closed cases by the moment their personal data must go (the retention job). Sparse.
    {
      indexName: 'purge',
      partitionKey: { name: 'purgePk', type: 'S' },
      sortKey: { name: 'purgeSk', type: 'S' },
    },
    // Cases whose anonymous monitor fact must be (re)written. Sparse, like the outbox.
    {
      indexName: 'factsync',
      partitionKey: { name: 'factPk', type: 'S' },
      sortKey: { name: 'factSk', type: 'S' },
    },
    // Signal texts of an SWV waiting for a coördinator's review (and those decided), by
    // the proposal's opaque id. Sparse: only cases whose signal has a text carry the keys.
    {
      indexName: 'signalreview',
      partitionKey: { name: 'reviewPk', type: 'S' },
      sortKey: { name: 'reviewSk', type: 'S' },
    },
    // Items whose change a monitor month summary does not show yet (facts, meetings), by
    // tenant and month. Sparse: the summary job removes the keys once the month is rebuilt.
    {
      indexName: 'sumsync',
      partitionKey: { name: 'sumPk', type: 'S' },
      sortKey: { name: 'sumSk', type: 'S' },
    },
  ],
} as const satisfies {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  indexes: readonly IndexDesign[];
};

export type IndexName = (typeof tableDesign.indexes)[number]['indexName'];
