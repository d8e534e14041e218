import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, clientOf, keyMaker } from './client-key.ts';
import { issueChallenge, sha256Hex, solve } from './proof-of-work.ts';
import { perAmsterdamDay, perMinutes } from './window-counter.ts';

describe('windows', () => {
  it('cuts time into fixed minutes every container agrees on', () => {
    const minute = perMinutes(1);
    const a = minute(new Date('2026-11-24T09:30:05Z'));
    const b = minute(new Date('2026-11-24T09:30:59Z'));
    const c = minute(new Date('2026-11-24T09:31:00Z'));
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
    expect(a.endsAt.toISOString()).toBe('2026-11-24T09:31:00.000Z');
  });

  it('counts a day as the calendar day in Amsterdam', () => {
    // 23:30 UTC on 24 November is already 25 November in Amsterdam.
    expect(perAmsterdamDay(new Date('2026-11-24T23:30:00Z')).id).toBe('D#2026-11-25');
    expect(perAmsterdamDay(new Date('2026-11-24T22:59:00Z')).id).toBe('D#2026-11-24');
  });
});

describe('client keys', () => {
  it('hashes an address with the secret: stable, never the address, another secret another key', () => {
    const key = keyMaker('secret-a');
    expect(key('client', '203.0.113.7')).toBe(key('client', '203.0.113.7'));
    expect(key('client', '203.0.113.7')).not.toContain('203');
    expect(key('client', '203.0.113.7')).not.toBe(key('client', '203.0.113.8'));
    expect(key('client', '203.0.113.7')).not.toBe(keyMaker('secret-b')('client', '203.0.113.7'));
    expect(key('email', 'x')).not.toBe(key('client', 'x'));
  });

  it('counts an IPv6 client by its /64, and an IPv4 one by its address', () => {
    expect(clientOf('203.0.113.7')).toBe('203.0.113.7');
    expect(clientOf('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(clientOf('2001:db8:0:1::7')).toBe('2001:db8:0:1::/64');
    expect(clientOf('2001:0DB8:0000:0001:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64');
    expect(clientOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientOf('::1')).toBe('0:0:0:0::/64');
  });

  const addressOf = async (
    headers: Record<string, string>,
    env?: Record<string, unknown>,
  ): Promise<string | undefined> => {
    let seen: string | undefined;
    const app = new Hono().get('/', (c) => {
      seen = clientAddress(c);
      return c.text('ok');
    });
    await app.request('/', { headers }, env);
    return seen;
  };

  it('takes the socket locally, whatever a header claims', async () => {
    const env = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };
    expect(await addressOf({ 'cloudfront-viewer-address': '203.0.113.7:443' }, env)).toBe(
      '127.0.0.1',
    );
  });

  it("takes CloudFront's viewer address in AWS, not the first hop of X-Forwarded-For", async () => {
    const env = { requestContext: { http: { sourceIp: '130.176.0.1' } } };
    expect(
      await addressOf(
        {
          'cloudfront-viewer-address': '2001:db8::1:51234',
          'x-forwarded-for': '10.9.9.9, 2001:db8::1',
        },
        env,
      ),
    ).toBe('2001:db8::1');
    expect(await addressOf({ 'x-forwarded-for': '10.9.9.9' }, env)).toBe('130.176.0.1');
    expect(await addressOf({})).toBeUndefined();
  });
});

describe('proof-of-work', () => {
  const settings = { secret: 's', maxNumber: 2000, validForMs: 60_000 };

  it('issues a challenge whose number a search finds, signed and with its expiry', () => {
    const now = new Date('2026-11-24T09:30:00Z');
    const challenge = issueChallenge(settings, now, 1234);
    expect(challenge.challenge).toBe(sha256Hex(`${challenge.salt}1234`));
    expect(challenge.salt).toMatch(/\?expires=1795512660$/);
    expect(solve(challenge)).toBe(1234);
    expect(issueChallenge(settings, now, 1234).salt).not.toBe(challenge.salt);
  });
});
