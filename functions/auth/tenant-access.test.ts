import { describe, expect, it } from 'vitest';
import type { Tenant } from '../tenants/swv-profile.ts';
import type { Principal } from './principal.ts';
import {
  accessibleTenants,
  canHandleCasesOf,
  canReadMonitorOf,
  caseTenant,
  coordinatorsOnly,
  mayOpenCase,
  personOnly,
  restrictionSeenBy,
  type TenantAccessDeps,
} from './tenant-access.ts';

const tenant = (slug: string, steunpunt: string, name = slug): Tenant => ({
  slug,
  steunpunt,
  name,
  shortName: slug,
  sector: 'PO',
  gemeenten: ['Haarlemmermeer'],
  steunpuntName: `Steunpunt ${steunpunt}`,
});

const haarlemmermeer = tenant('po-haarlemmermeer', 'amstel-en-meer', 'PPO Haarlemmermeer');
const amstelland = tenant('po-amstelland', 'amstel-en-meer', 'Amstelland');
const kennemerland = tenant('vo-noord-kennemerland', 'vo-noord-kennemerland');
const all = [haarlemmermeer, amstelland, kennemerland];

const person = (role: Principal['role'], scope: Partial<Principal> = {}): Principal => ({
  userId: `${role}-1`,
  name: 'Test Persoon',
  email: 'test@steunpunt.example',
  role,
  ...scope,
});
const medewerker = person('medewerker', { steunpunt: 'amstel-en-meer' });
const coordinator = person('coordinator', { steunpunt: 'amstel-en-meer' });
const lezer = person('swv-lezer', { swv: 'po-haarlemmermeer' });
const beheerder = person('beheerder');

describe('canHandleCasesOf', () => {
  it('lets staff handle the cases of their own steunpunt only', () => {
    for (const staff of [medewerker, coordinator]) {
      expect(canHandleCasesOf(staff, haarlemmermeer)).toBe(true);
      expect(canHandleCasesOf(staff, amstelland)).toBe(true);
      expect(canHandleCasesOf(staff, kennemerland)).toBe(false);
    }
  });

  it('never lets an SWV reader or a beheerder handle cases', () => {
    for (const other of [lezer, beheerder, person('beheerder', { steunpunt: 'amstel-en-meer' })]) {
      for (const t of all)
        expect(canHandleCasesOf(other, t), `${other.role} ${t.slug}`).toBe(false);
    }
  });

  it('refuses staff without a steunpunt, also against an item without one', () => {
    const loose = person('medewerker');
    expect(canHandleCasesOf(loose, haarlemmermeer)).toBe(false);
    expect(canHandleCasesOf(loose, { steunpunt: undefined as unknown as string })).toBe(false);
  });

  it('checks a case item by the steunpunt it carries', () => {
    expect(canHandleCasesOf(medewerker, { steunpunt: 'amstel-en-meer' })).toBe(true);
    expect(canHandleCasesOf(medewerker, { steunpunt: 'vo-noord-kennemerland' })).toBe(false);
  });
});

describe('canReadMonitorOf', () => {
  it('lets an SWV reader read their own SWV only', () => {
    expect(canReadMonitorOf(lezer, haarlemmermeer)).toBe(true);
    expect(canReadMonitorOf(lezer, amstelland)).toBe(false);
    expect(canReadMonitorOf(lezer, kennemerland)).toBe(false);
  });

  it('lets a coördinator read the SWVs of their steunpunt, not a medewerker or beheerder', () => {
    expect(canReadMonitorOf(coordinator, haarlemmermeer)).toBe(true);
    expect(canReadMonitorOf(coordinator, kennemerland)).toBe(false);
    for (const t of all) {
      expect(canReadMonitorOf(medewerker, t)).toBe(false);
      expect(canReadMonitorOf(beheerder, t)).toBe(false);
    }
  });

  it('does not let a reader with a steunpunt read that steunpunt’s other SWVs', () => {
    const wide = person('swv-lezer', { swv: 'po-haarlemmermeer', steunpunt: 'amstel-en-meer' });
    expect(canReadMonitorOf(wide, amstelland)).toBe(false);
  });
});

describe('accessibleTenants', () => {
  const deps: TenantAccessDeps = {
    tenants: async (slug) => all.find((t) => t.slug === slug),
    tenantsOfSteunpunt: async (steunpunt) => all.filter((t) => t.steunpunt === steunpunt),
  };
  const slugs = (tenants: Tenant[]) => tenants.map((t) => t.slug);

  it('gives each role its tenants, sorted by name', async () => {
    const forMedewerker = await accessibleTenants(deps, medewerker);
    expect(slugs(forMedewerker.cases)).toEqual(['po-amstelland', 'po-haarlemmermeer']);
    expect(forMedewerker.monitor).toEqual([]);

    const forCoordinator = await accessibleTenants(deps, coordinator);
    expect(slugs(forCoordinator.cases)).toEqual(['po-amstelland', 'po-haarlemmermeer']);
    expect(slugs(forCoordinator.monitor)).toEqual(['po-amstelland', 'po-haarlemmermeer']);

    expect(await accessibleTenants(deps, lezer)).toEqual({ cases: [], monitor: [haarlemmermeer] });
    expect(await accessibleTenants(deps, beheerder)).toEqual({ cases: [], monitor: [] });
  });

  it('drops what the lookup returns but the rules do not allow', async () => {
    const leaky: TenantAccessDeps = { tenants: deps.tenants, tenantsOfSteunpunt: async () => all };
    const result = await accessibleTenants(leaky, medewerker);
    expect(slugs(result.cases)).not.toContain('vo-noord-kennemerland');
  });

  it('gives an SWV reader nothing when their SWV does not exist', async () => {
    const gone = person('swv-lezer', { swv: 'bestaat-niet' });
    expect(await accessibleTenants(deps, gone)).toEqual({ cases: [], monitor: [] });
  });
});

describe('caseTenant', () => {
  it('tells allowed, unknown and another steunpunt’s tenant apart', async () => {
    const lookup = async (slug: string) => all.find((t) => t.slug === slug);
    expect(await caseTenant(lookup, medewerker, 'po-haarlemmermeer')).toEqual({
      kind: 'allowed',
      tenant: haarlemmermeer,
    });
    expect(await caseTenant(lookup, medewerker, 'vo-noord-kennemerland')).toEqual({
      kind: 'forbidden',
    });
    expect(await caseTenant(lookup, lezer, 'po-haarlemmermeer')).toEqual({ kind: 'forbidden' });
    expect(await caseTenant(lookup, medewerker, 'bestaat-niet')).toEqual({ kind: 'unknown' });
    expect(await caseTenant(lookup, medewerker, '../etc')).toEqual({ kind: 'unknown' });
  });
});

describe('mayOpenCase', () => {
  const own = { steunpunt: 'amstel-en-meer' };
  const colleague = person('medewerker', { steunpunt: 'amstel-en-meer', userId: 'collega' });

  it('opens an unrestricted case for its steunpunt’s staff only', () => {
    expect(mayOpenCase(medewerker, own)).toBe(true);
    expect(mayOpenCase(coordinator, own)).toBe(true);
    expect(mayOpenCase(medewerker, { steunpunt: 'vo-noord-kennemerland' })).toBe(false);
    expect(mayOpenCase(lezer, own)).toBe(false);
    expect(mayOpenCase(beheerder, own)).toBe(false);
  });

  it('opens a case restricted to one person for that person alone', () => {
    const forOne = { ...own, restrictedTo: personOnly(medewerker.userId) };
    expect(mayOpenCase(medewerker, forOne)).toBe(true);
    expect(mayOpenCase(colleague, forOne)).toBe(false);
    expect(mayOpenCase(coordinator, forOne)).toBe(false);
    expect(mayOpenCase(beheerder, forOne)).toBe(false);
  });

  it('opens a case restricted to the coördinatoren for them alone', () => {
    const forCoordinators = { ...own, restrictedTo: coordinatorsOnly };
    expect(mayOpenCase(coordinator, forCoordinators)).toBe(true);
    expect(mayOpenCase(medewerker, forCoordinators)).toBe(false);
    expect(mayOpenCase(lezer, forCoordinators)).toBe(false);
  });

  it('keeps a restriction it does not know closed to everyone', () => {
    const unknown = { ...own, restrictedTo: 'TEAM#iets' };
    expect(mayOpenCase(medewerker, unknown)).toBe(false);
    expect(mayOpenCase(coordinator, unknown)).toBe(false);
    // Not even when someone claims its holder left: only a person's restriction has one.
    expect(mayOpenCase(coordinator, { ...unknown, holderLeft: true })).toBe(false);
  });

  it('opens a case whose person left to the coördinatoren of its steunpunt, nobody wider', () => {
    const orphan = { ...own, restrictedTo: personOnly('vertrokken'), holderLeft: true };
    expect(mayOpenCase(coordinator, orphan)).toBe(true);
    expect(mayOpenCase(medewerker, orphan)).toBe(false);
    expect(mayOpenCase(colleague, orphan)).toBe(false);
    expect(mayOpenCase(lezer, orphan)).toBe(false);
    expect(mayOpenCase(beheerder, orphan)).toBe(false);
    const elders = person('coordinator', { steunpunt: 'vo-noord-kennemerland' });
    expect(mayOpenCase(elders, orphan)).toBe(false);
    // While the person is still there, the coördinator does not open it.
    expect(mayOpenCase(coordinator, { ...orphan, holderLeft: false })).toBe(false);
  });

  it('says why a restricted case is on someone’s screen', () => {
    expect(restrictionSeenBy(personOnly('u-1'), 'u-1')).toBe('person');
    expect(restrictionSeenBy(coordinatorsOnly, 'u-1')).toBe('coordinators');
    expect(restrictionSeenBy(personOnly('vertrokken'), 'u-1')).toBe('holder-left');
  });
});
