/**
 * The local server after a body that is too large: the API answers 413, and the next
 * request on the same keep-alive connection is answered, not reset (hardening defect 8).
 * The body comes in slowly, over longer than @hono/node-server's 500 ms drain, and both
 * with a Content-Length and chunked.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Portal } from '../../scripts/portal.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ port: 0, seed: false, workerIntervalMs: 60_000 });
});
afterAll(() => portal.stop());

/** One raw connection: what it wrote, everything it read, and whether it was cut. */
function connection(): { socket: Socket; read: () => string; closed: () => boolean } {
  const { port } = new URL(portal.url);
  const socket = connect(Number(port), '127.0.0.1');
  let received = '';
  let closed = false;
  socket.on('data', (chunk) => (received += chunk.toString('latin1')));
  socket.on('close', () => (closed = true));
  socket.on('error', () => (closed = true));
  return { socket, read: () => received, closed: () => closed };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// A status line follows the previous answer's body directly, not always a line break.
const statuses = (text: string) => [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => m[1]);
const total = 256 * 1024;
const piece = 16 * 1024;

async function sendSlowly(socket: Socket, chunked: boolean) {
  for (let sent = 0; sent < total; sent += piece) {
    const data = 'x'.repeat(piece);
    socket.write(chunked ? `${piece.toString(16)}\r\n${data}\r\n` : data);
    // 16 pieces over about 1.6 s: well past the 500 ms the server used to wait.
    await pause(100);
  }
  if (chunked) socket.write('0\r\n\r\n');
}

describe('the local server after an oversized body', () => {
  it.each([
    ['with a Content-Length', false],
    ['chunked', true],
  ])('answers 413 %s, then the next request on the same connection', async (_, chunked) => {
    const { socket, read, closed } = connection();
    socket.write(
      'POST /api/swv/po-haarlemmermeer/vragen HTTP/1.1\r\nHost: localhost\r\n' +
        'Content-Type: application/json\r\nIdempotency-Key: 7b0f5a53-1f7c-4b9e-9a4e-5d1c2f3a4b5c\r\n' +
        (chunked ? 'Transfer-Encoding: chunked\r\n' : `Content-Length: ${total}\r\n`) +
        '\r\n',
    );
    await sendSlowly(socket, chunked);
    await expect.poll(() => statuses(read())).toEqual(['413']);

    socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await expect.poll(() => statuses(read()).length).toBe(2);
    expect(statuses(read())).toEqual(['413', '200']);
    expect(read()).toContain('Je bericht is te groot');
    expect(closed()).toBe(false);
    socket.destroy();
  });
});
