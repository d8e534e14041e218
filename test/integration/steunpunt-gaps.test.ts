/**
 * "Nog in te vullen" through the API on dynalite: which public contact fields a steunpunt
 * still misses in the register, whether it has a reply address, and how many active staff
 * accounts it has. The beheerder sees every steunpunt with the urgent ones first; a
 * coördinator sees only their own; nobody sees a person's name or address.
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountStanding } from '../../functions/admin/account-standing.ts';
import { steunpuntRegisterKey } from '../../functions/admin/admin-keys.ts';
import type { SteunpuntGaps } from '../../functions/admin/steunpunt-gaps.ts';
import { createApp } from '../../functions/api/app.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import {
  ensureSteunpunt,
  registeredUsers,
  seedDemoAccounts,
} from '../../scripts/local/demo-accounts.ts';
import { demoUser, demoUsers } from '../../scripts/local/demo-users.ts';
import type { LocalAws } from '../support/local-aws.ts';
import { startSignedInApp, stopSignedInApp, type RunningIdp } from '../support/signed-in-app.ts';

let aws: LocalAws;
let idp: RunningIdp;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

const tableOf = (local: LocalAws) => ({ db: local.db, tableName: local.tableName });

/** Amstel & Meer has every contact field and two active staff (Sanne and Ruud). */
const complete = {
  id: 'amstel-en-meer',
  name: 'Steunpunt Amstel & Meer',
  email: 'info@amstel-en-meer.example',
  phone: '020 123 45 67',
  hours: 'Maandag tot en met donderdag, 9.00 tot 17.00 uur',
  whatsapp: '06 12 34 56 78',
  visitingAddress: 'Stationsplein 1, 2132 AA Hoofddorp',
  complaints: { name: 'Klachtencommissie', address: 'Postbus 1, 2130 AA Hoofddorp' },
};

beforeAll(async () => {
  ({ aws, idp, app } = await startSignedInApp({
    seed: async (local) => {
      const table = tableOf(local);
      await local.db.send(
        new PutCommand({
          TableName: local.tableName,
          Item: { ...steunpuntRegisterKey(complete.id), kind: 'steunpunt', ...complete },
        }),
      );
      // Fatima's steunpunt: no address yet, one medewerker.
      await ensureSteunpunt(table, {
        id: 'vo-noord-kennemerland',
        name: 'Steunpunt VO Noord-Kennemerland',
      });
      // An address but nobody to read what arrives there.
      await ensureSteunpunt(table, {
        id: 'po-twente-noord',
        name: 'Steunpunt PO Twente-Noord',
        email: 'steunpunt@twente-noord.example',
      });
      await seedDemoAccounts(table, new Date());
    },
    users: (local) => () => registeredUsers(tableOf(local)),
    deps: (local) => ({
      tenants: cachedTenantLookup(local.db, local.tableName, 0),
      accountStanding: accountStanding(tableOf(local), 0),
    }),
  }));
  for (const user of demoUsers) tokens[user.id] = await idp.tokenFor(demoUser(user.id)!);
});
afterAll(() => stopSignedInApp({ aws, idp }));

async function gaps(path: string, user: string) {
  const response = await app.request(`/api/backoffice${path}`, {
    headers: { authorization: `Bearer ${tokens[user]}` },
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    steunpunten: response.ok
      ? (JSON.parse(text) as { steunpunten: SteunpuntGaps[] }).steunpunten
      : [],
  };
}

describe('what each steunpunt still has to fill in', () => {
  it('shows the beheerder every steunpunt, the urgent ones first, with what is missing', async () => {
    const { status, steunpunten } = await gaps('/beheer/nog-in-te-vullen', 'ingrid-beheerder');
    expect(status).toBe(200);
    expect(steunpunten.map((s) => [s.id, s.urgent])).toEqual([
      ['po-twente-noord', true],
      ['vo-noord-kennemerland', true],
      ['amstel-en-meer', false],
    ]);
    const byId = new Map(steunpunten.map((s) => [s.id, s]));
    expect(byId.get('amstel-en-meer')).toMatchObject({
      registered: true,
      missing: [],
      hasReplyAddress: true,
      activeStaff: 2,
    });
    expect(byId.get('vo-noord-kennemerland')).toMatchObject({
      missing: ['email', 'phone', 'hours', 'whatsapp', 'visitingAddress', 'complaints'],
      hasReplyAddress: false,
      activeStaff: 1,
    });
    expect(byId.get('po-twente-noord')).toMatchObject({
      missing: ['phone', 'hours', 'whatsapp', 'visitingAddress', 'complaints'],
      hasReplyAddress: true,
      activeStaff: 0,
    });
  });

  it('names no person: counts only', async () => {
    const { text } = await gaps('/beheer/nog-in-te-vullen', 'ingrid-beheerder');
    for (const user of demoUsers) {
      expect(text).not.toContain(user.name);
      expect(text).not.toContain(user.email);
    }
  });

  it('counts a switched-off account as no one', async () => {
    const switched = await app.request(
      '/api/backoffice/beheer/gebruikers/fatima-medewerker/actief',
      {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${tokens['ingrid-beheerder']}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({ enabled: false }),
      },
    );
    expect(switched.status).toBe(200);
    const { steunpunten } = await gaps('/beheer/nog-in-te-vullen', 'ingrid-beheerder');
    expect(steunpunten.find((s) => s.id === 'vo-noord-kennemerland')).toMatchObject({
      activeStaff: 0,
      urgent: true,
    });
  });

  it('shows a coördinator their own steunpunt only', async () => {
    const { status, steunpunten } = await gaps('/nog-in-te-vullen', 'ruud-coordinator');
    expect(status).toBe(200);
    expect(steunpunten).toEqual([
      {
        id: 'amstel-en-meer',
        name: 'Steunpunt Amstel & Meer',
        registered: true,
        missing: [],
        hasReplyAddress: true,
        activeStaff: 2,
        urgent: false,
      },
    ]);
  });

  it.each([
    ['/nog-in-te-vullen', 'sanne-medewerker'],
    ['/nog-in-te-vullen', 'ingrid-beheerder'],
    ['/nog-in-te-vullen', 'joost-swv-lezer'],
    ['/beheer/nog-in-te-vullen', 'ruud-coordinator'],
    ['/beheer/nog-in-te-vullen', 'sanne-medewerker'],
  ])('refuses %s to %s', async (path, user) => {
    expect((await gaps(path, user)).status).toBe(403);
  });
});
