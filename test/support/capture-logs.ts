/**
 * Everything written to stdout and stderr while capturing: the portal's logs, so a test
 * can prove no personal data ends up there.
 */
export interface LogCapture {
  text(): string;
  stop(): void;
}

export function captureLogs(): LogCapture {
  const chunks: string[] = [];
  const restores: (() => void)[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      chunks.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof stream.write;
    restores.push(() => (stream.write = write));
  }
  return {
    text: () => chunks.join(''),
    stop: () => restores.forEach((restore) => restore()),
  };
}
