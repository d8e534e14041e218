/**
 * Builds one UpdateItem's expression with generated placeholders, so the writes that
 * change a meeting can add clauses as they go without colliding names or unused values
 * (DynamoDB refuses both).
 */
export class UpdateBuilder {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private readonly sets: string[] = [];
  private readonly removes: string[] = [];
  private readonly adds: string[] = [];
  private readonly conditions: string[] = [];
  private counter = 0;

  /** `a.b` becomes `#n1.#n2`: every path segment by placeholder (no reserved-word surprises). */
  path(path: string): string {
    return path
      .split('.')
      .map((segment) => {
        const key = `#n${this.counter++}`;
        this.names[key] = segment;
        return key;
      })
      .join('.');
  }

  value(value: unknown): string {
    const key = `:v${this.counter++}`;
    this.values[key] = value;
    return key;
  }

  set(path: string, value: unknown): this {
    this.sets.push(`${this.path(path)} = ${this.value(value)}`);
    return this;
  }

  /** `SET path = path + n` (or `- n`). */
  increment(path: string, by: number): this {
    const target = this.path(path);
    this.sets.push(`${target} = ${target} + ${this.value(by)}`);
    return this;
  }

  setRaw(clause: string): this {
    this.sets.push(clause);
    return this;
  }

  remove(path: string): this {
    this.removes.push(this.path(path));
    return this;
  }

  add(path: string, value: unknown): this {
    this.adds.push(`${this.path(path)} ${this.value(value)}`);
    return this;
  }

  when(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  get hasChanges(): boolean {
    return this.sets.length + this.removes.length + this.adds.length > 0;
  }

  command(tableName: string, key: { pk: string; sk: string }) {
    const parts = [
      this.sets.length ? `SET ${this.sets.join(', ')}` : '',
      this.removes.length ? `REMOVE ${this.removes.join(', ')}` : '',
      this.adds.length ? `ADD ${this.adds.join(', ')}` : '',
    ].filter(Boolean);
    return {
      TableName: tableName,
      Key: key,
      UpdateExpression: parts.join(' '),
      ...(this.conditions.length ? { ConditionExpression: this.conditions.join(' AND ') } : {}),
      ExpressionAttributeNames: this.names,
      ...(Object.keys(this.values).length ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}
