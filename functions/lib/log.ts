/**
 * Structured logs with a closed set of fields. Questions are special-category data,
 * so a log line can only carry identifiers and counts: the type below has no field
 * that could hold a name, an address, a phone number or free text.
 */
export interface LogFields {
  tenant?: string;
  steunpunt?: string;
  /** A pseudonymous account id (Cognito's `sub`), never a name or address. */
  userId?: string;
  reference?: string;
  mailId?: string;
  template?: string;
  status?: number | string;
  attempts?: number;
  count?: number;
  durationMs?: number;
  errorName?: string;
  method?: string;
  route?: string;
  /** The name of a limit that was reached (functions/limits), never what it counts by. */
  limit?: string;
}

type Level = 'info' | 'warn' | 'error';
const rank: Record<Level, number> = { info: 0, warn: 1, error: 2 };

function write(level: Level, event: string, fields: LogFields): void {
  // Read per call, so a benchmark or test can turn info lines off after import.
  const threshold = (process.env.LOG_LEVEL as Level | undefined) ?? 'info';
  if (rank[level] < (rank[threshold] ?? 0)) return;
  const line = JSON.stringify({ level, event, time: new Date().toISOString(), ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(line + '\n');
}

export const log = {
  info: (event: string, fields: LogFields = {}) => write('info', event, fields),
  warn: (event: string, fields: LogFields = {}) => write('warn', event, fields),
  error: (event: string, fields: LogFields = {}) => write('error', event, fields),
};

/** The name of an error, never its message: SDK messages can echo the input. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
