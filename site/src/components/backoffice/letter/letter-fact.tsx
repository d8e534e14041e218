/** The case page's link to a complaint's draft letter, for the routes that have one. */
import type { ReactNode } from 'react';
import type { CaseDetail } from '../../../../../functions/cases/case.ts';
import { isLetterRoute } from '../../../../../functions/cases/intakes/letter-routes.ts';
import { backofficePaths } from '../shell/paths.ts';

export function letterFact(detail: CaseDetail): [string, ReactNode][] {
  if (!isLetterRoute(detail.route)) return [];
  return [
    [
      'Brief',
      <a
        className="utrecht-link utrecht-link--html-a"
        href={backofficePaths.caseLetter(detail.tenant, detail.caseId)}
      >
        Conceptbrief
      </a>,
    ],
  ];
}
