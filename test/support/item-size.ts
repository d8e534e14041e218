/**
 * The size DynamoDB counts for an item (against its 400 KB limit and per write unit),
 * by its published rules: names and strings in UTF-8 bytes, a number about one byte per two
 * digits plus one, a map or list 3 bytes plus 1 per element, sets their elements. Close
 * enough to see how far an item is from the limit; dynalite does not tell.
 */
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function valueSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return bytes(value);
  if (typeof value === 'number')
    return Math.ceil(String(Math.abs(value)).replace('.', '').length / 2) + 1;
  if (value instanceof Set) return [...value].reduce((sum: number, v) => sum + valueSize(v), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + valueSize(v), 0);
  if (typeof value === 'object') {
    return (
      3 +
      Object.entries(value as Record<string, unknown>).reduce(
        (sum, [name, v]) => sum + 1 + bytes(name) + valueSize(v),
        0,
      )
    );
  }
  return bytes(String(value));
}

export function dynamoItemSize(item: Record<string, unknown>): number {
  return Object.entries(item).reduce((sum, [name, v]) => sum + bytes(name) + valueSize(v), 0);
}
