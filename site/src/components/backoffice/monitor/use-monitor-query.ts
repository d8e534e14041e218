/**
 * The SWV and period a monitor or report page was opened for (`?swv=…&periode=…`): the
 * SWV only when the user reads its monitor, else their first; read once, as the URL is
 * the page's state.
 */
import { useState } from 'react';
import type { Me } from '../shell/use-session.ts';

export function useMonitorQuery(me: Me): { swv: string; period: string } {
  const [query] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    const asked = params.get('swv') ?? '';
    const swv = me.monitorTenants.some((t) => t.slug === asked)
      ? asked
      : (me.monitorTenants[0]?.slug ?? '');
    return { swv, period: params.get('periode') ?? '' };
  });
  return query;
}
