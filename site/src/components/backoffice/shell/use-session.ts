/**
 * Who is signed in, from GET /api/backoffice/me. Every back-office page but the sign-in
 * page starts here; without a valid token the API call sends the user to sign in.
 */
import { useEffect, useState } from 'react';
import type { Principal } from '../../../../../functions/auth/principal.ts';
import { api } from './api.ts';

export interface TenantRef {
  slug: string;
  name: string;
  shortName?: string;
}

export interface Colleague {
  userId: string;
  name: string;
}

export interface Me {
  principal: Principal;
  /** The SWVs whose cases the user handles. */
  tenants: TenantRef[];
  steunpuntName?: string;
  /** Colleagues of the same steunpunt a coördinator may assign cases to, when the API lists them. */
  colleagues?: Colleague[];
}

/** GET /api/backoffice/me as the API answers it. */
export interface MeResponse {
  principal?: Principal;
  caseTenants?: TenantRef[];
  tenants?: TenantRef[];
  steunpuntName?: string;
  colleagues?: Colleague[];
}

export function meFrom(data: MeResponse | null | undefined): Me | undefined {
  if (!data?.principal) return undefined;
  return {
    principal: data.principal,
    tenants: data.caseTenants ?? data.tenants ?? [],
    ...(data.steunpuntName ? { steunpuntName: data.steunpuntName } : {}),
    ...(Array.isArray(data.colleagues) ? { colleagues: data.colleagues } : {}),
  };
}

export type SessionState =
  { status: 'loading' } | { status: 'ready'; me: Me } | { status: 'failed'; message: string };

export function useSession(): SessionState {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void api<MeResponse>('/api/backoffice/me').then((result) => {
      if (!live) return;
      const me = result.ok ? meFrom(result.data) : undefined;
      if (me) {
        setState({ status: 'ready', me });
      } else if (result.ok) {
        setState({ status: 'failed', message: 'Je gegevens konden niet worden geladen.' });
      } else if (!result.ok && result.status !== 401) {
        setState({ status: 'failed', message: result.problem.message });
      }
      // On 401 the API helper is already on its way to the sign-in page.
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

export const tenantName = (me: Me, slug: string) =>
  me.tenants.find((tenant) => tenant.slug === slug)?.name ?? slug;

/** The short name, for tables where every column counts. */
export const tenantShortName = (me: Me, slug: string) => {
  const tenant = me.tenants.find((t) => t.slug === slug);
  return tenant?.shortName ?? tenant?.name ?? slug;
};
