/**
 * The portal writes its JSON log lines straight to stdout and stderr (as Lambda wants),
 * which bypasses Vitest: thousands of lines would flood every run. Sending those writes
 * through the console ties each line to the test that wrote it, so `silent:
 * 'passed-only'` shows the logs of failing tests only. `captureLogs` wraps these
 * writes and still sees every line.
 */
for (const [stream, print] of [
  // eslint-disable-next-line no-console -- the console is how Vitest ties output to a test
  [process.stdout, console.log],
  [process.stderr, console.error],
] as const) {
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    print('%s', String(chunk).replace(/\n$/, ''));
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof stream.write;
}
