/**
 * A case's filing-deadline flag in words, as a status badge (NL Design System): "Nog 6
 * werkdagen", "Laatste dag vandaag", "Termijn verlopen". The words carry the meaning, the
 * colour only repeats it. The flag itself is decided on the server (deadline-flag.ts).
 */
import type { CaseSummary } from '../../../../../functions/cases/case.ts';

export function deadlineFlagText(item: Pick<CaseSummary, 'deadlineFlag' | 'deadlineWorkingDays'>) {
  if (item.deadlineFlag === 'verlopen') return 'Termijn verlopen';
  if (item.deadlineFlag !== 'binnenkort') return undefined;
  const left = item.deadlineWorkingDays ?? 0;
  if (left === 0) return 'Laatste dag vandaag';
  return left === 1 ? 'Nog 1 werkdag' : `Nog ${left} werkdagen`;
}

export function DeadlineFlag({
  item,
}: {
  item: Pick<CaseSummary, 'deadlineFlag' | 'deadlineWorkingDays'>;
}) {
  const text = deadlineFlagText(item);
  if (!text) return null;
  const tone = item.deadlineFlag === 'verlopen' ? 'danger' : 'warning';
  return (
    <strong className={`utrecht-status-badge utrecht-status-badge--${tone} bo-deadline-flag`}>
      {text}
    </strong>
  );
}
