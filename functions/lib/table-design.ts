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
    // A tenant's questions, newest first: the back-office inbox.
    {
      indexName: 'inbox',
      partitionKey: { name: 'inboxPk', type: 'S' },
      sortKey: { name: 'inboxSk', type: 'S' },
    },
    // A question by its human reference (V-2026-000123) within one tenant.
    { indexName: 'reference', partitionKey: { name: 'refPk', type: 'S' } },
    // Items that carry a mail still to be sent, by the moment it is due. Sparse:
    // the attributes are removed when nothing is pending.
    {
      indexName: 'outbox',
      partitionKey: { name: 'outboxPk', type: 'S' },
      sortKey: { name: 'outboxSk', type: 'S' },
    },
  ],
} as const satisfies {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  indexes: readonly IndexDesign[];
};

export type IndexName = (typeof tableDesign.indexes)[number]['indexName'];
