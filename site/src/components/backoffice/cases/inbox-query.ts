/** The inbox's filters as they stand in the page URL, and the API query they make. */
import type { InferRequestType } from 'hono/client';
import {
  caseStatuses,
  deadlineFlags,
  type DeadlineFlag,
} from '../../../../../functions/cases/case.ts';
import { caseKinds, type CaseKind } from '../../../../../functions/cases/case-kinds.ts';
import type { InboxSort } from '../../../../../functions/cases/inbox.ts';
import { isLocale, type Locale } from '../../../../../functions/core/locales.ts';
import { portal } from '../../../lib/portal-client.ts';

export const statusFilters = {
  open: 'Open',
  ...caseStatuses,
} as const;
export type StatusFilter = keyof typeof statusFilters;

/** The inbox's orders, newest first unless chosen otherwise. */
export const sortChoices = {
  nieuwste: 'Nieuwste eerst',
  termijn: 'Termijn eerst',
} as const satisfies Record<InboxSort, string>;

/** The filing-deadline filters: the flags a case can carry. */
export const deadlineChoices = {
  binnenkort: 'Binnen 10 werkdagen',
  verlopen: 'Verlopen',
} as const satisfies Record<DeadlineFlag, string>;

export interface InboxQuery {
  status: StatusFilter;
  swv: string;
  /** '' (every kind) or a declared kind. */
  kind: CaseKind | '';
  topic: string;
  /** '' (everyone), 'me', 'none' or a colleague's user id. */
  assignee: string;
  overdue: boolean;
  /** '' (every language) or the language of the form the case came in by. */
  lang: Locale | '';
  /** '' (either), '1' (a tolk is wished) or '0' (not). */
  tolk: TolkFilter;
  sort: InboxSort;
  /** '' (any deadline or none) or a flag. */
  deadline: DeadlineFlag | '';
  cursor: string;
}

/** The tolk filter's choices. */
export const tolkChoices = {
  '1': 'Tolk gewenst',
  '0': 'Geen tolk gewenst',
} as const;
export type TolkFilter = keyof typeof tolkChoices | '';

export const pageSize = 25;

export function readQuery(search: string): InboxQuery {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  const kind = params.get('kind') ?? '';
  const deadline = params.get('termijn') ?? '';
  const lang = params.get('lang') ?? '';
  const tolk = params.get('tolk') ?? '';
  return {
    status: status in statusFilters ? (status as StatusFilter) : 'open',
    swv: params.get('swv') ?? '',
    kind: kind in caseKinds ? (kind as CaseKind) : '',
    topic: params.get('topic') ?? '',
    assignee: params.get('assignee') ?? '',
    overdue: params.get('overdue') === '1',
    lang: isLocale(lang) ? lang : '',
    tolk: tolk in tolkChoices ? (tolk as TolkFilter) : '',
    sort: params.get('sort') === 'termijn' ? 'termijn' : 'nieuwste',
    deadline: (deadlineFlags as readonly string[]).includes(deadline)
      ? (deadline as DeadlineFlag)
      : '',
    cursor: params.get('cursor') ?? '',
  };
}

/** The query string of a filter set: only what is set, so URLs stay short and readable. */
export function queryString(query: Partial<InboxQuery>): string {
  const params = new URLSearchParams();
  if (query.status && query.status !== 'open') params.set('status', query.status);
  if (query.swv) params.set('swv', query.swv);
  if (query.kind) params.set('kind', query.kind);
  if (query.topic) params.set('topic', query.topic);
  if (query.assignee) params.set('assignee', query.assignee);
  if (query.overdue) params.set('overdue', '1');
  if (query.lang) params.set('lang', query.lang);
  if (query.tolk) params.set('tolk', query.tolk);
  if (query.sort === 'termijn') params.set('sort', 'termijn');
  if (query.deadline) params.set('termijn', query.deadline);
  if (query.cursor) params.set('cursor', query.cursor);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The inbox route's query of a filter set: only what is set. */
export function apiQuery(query: InboxQuery): InferRequestType<typeof inboxRoute>['query'] {
  return {
    status: query.status,
    limit: String(pageSize),
    ...(query.swv ? { swv: query.swv } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(query.assignee ? { assignee: query.assignee } : {}),
    ...(query.overdue ? { overdue: '1' as const } : {}),
    ...(query.lang ? { lang: query.lang } : {}),
    ...(query.tolk ? { tolk: query.tolk } : {}),
    ...(query.sort === 'termijn' ? { sort: 'termijn' as const } : {}),
    ...(query.deadline ? { termijn: query.deadline } : {}),
    ...(query.cursor ? { cursor: query.cursor } : {}),
  };
}

export const inboxRoute = portal.backoffice.cases.$get;
