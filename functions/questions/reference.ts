import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** "V-2026-000123": V for vraag, the year in Amsterdam, a counter per tenant and year. */
export function formatReference(year: number, sequence: number): string {
  return `V-${year}-${String(sequence).padStart(6, '0')}`;
}

export const referencePattern = /^V-\d{4}-\d{6,}$/;

/**
 * Takes the next number from the tenant's counter with one atomic ADD, so two
 * questions never share a reference. A number taken by a request that then loses a
 * race (see question-store.ts) stays unused: references may have gaps, never doubles.
 */
export async function nextReference(
  db: DynamoDBDocumentClient,
  tableName: string,
  tenant: string,
  year: number,
): Promise<string> {
  const { Attributes } = await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: { pk: `SWV#${tenant}`, sk: `COUNTER#V#${year}` },
      UpdateExpression: 'ADD #n :one',
      ExpressionAttributeNames: { '#n': 'next' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return formatReference(year, Number(Attributes?.next));
}
