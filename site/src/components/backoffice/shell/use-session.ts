/**
 * Who is signed in, from GET /api/backoffice/me. Every back-office page but the sign-in
 * page starts here; without a valid token the API call sends the user to sign in.
 */
import { useEffect, useState } from 'react';
import { portal } from '../../../lib/portal-client.ts';
import { api, type Answer, type ApiResult } from './api.ts';

type MeAnswer = Answer<typeof portal.backoffice.me.$get>;

export type TenantRef = MeAnswer['caseTenants'][number];

export interface Me {
  principal: MeAnswer['principal'];
  /** The SWVs whose cases the user handles. */
  tenants: TenantRef[];
  /** The SWVs whose monitor the user reads (an SWV reader: their own; a coördinator: all). */
  monitorTenants: TenantRef[];
  steunpuntName?: string;
  /** The steunpunt's address, the Reply-To of replies; empty when not filled in. */
  steunpuntEmail?: string;
  /** Colleagues of the same steunpunt a coördinator may assign cases to. */
  colleagues?: MeAnswer['colleagues'];
}

/** Reads who is signed in; undefined when the answer holds no principal. */
export async function loadMe(): Promise<ApiResult<Me | undefined>> {
  const result = await api(portal.backoffice.me.$get);
  if (!result.ok) return result;
  const data = result.data as MeAnswer | null;
  const me: Me | undefined = data?.principal
    ? {
        principal: data.principal,
        tenants: data.caseTenants,
        monitorTenants: data.monitorTenants,
        ...(data.steunpuntName ? { steunpuntName: data.steunpuntName } : {}),
        ...(data.steunpuntEmail !== undefined ? { steunpuntEmail: data.steunpuntEmail } : {}),
        colleagues: data.colleagues,
      }
    : undefined;
  return { ...result, data: me };
}

export type SessionState =
  { status: 'loading' } | { status: 'ready'; me: Me } | { status: 'failed'; message: string };

export function useSession(): SessionState {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadMe().then((result) => {
      if (!live) return;
      const me = result.ok ? result.data : undefined;
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
