/**
 * A list of cases as a table: referentie (link to the case), ontvangen, SWV, soort (once
 * there is more than one kind), onderwerp, taal en tolk (a badge when not Dutch or a tolk
 * is wished), status, toegewezen aan, reactie uiterlijk, termijn (once a kind has filing deadlines) and
 * signaal. An overdue case says "Te laat" in words, and its row is marked too, so colour is
 * never the only sign; a filing deadline's flag is words too ("Nog 6 werkdagen").
 */
import type { CaseSummary } from '../../../../../functions/cases/case.ts';
import { formatDate, formatDateTime, statusLabel, topicLabel } from '../ui/format.ts';
import { kindWords, severalKinds } from './case-kind-words.ts';
import { backofficePaths } from '../shell/paths.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { someKindHasDeadlines } from '../../../../../functions/cases/case-kinds.ts';
import { DeadlineFlag } from './DeadlineFlag.tsx';
import { LanguageMarks } from '../ui/CaseLanguage.tsx';

interface CaseTableProps {
  caption: string;
  cases: CaseSummary[];
  tenantName: (slug: string) => string;
  /** The signed-in user, shown as "Jij" in the assignee column. */
  userId?: string;
  /** Leave out the case links (for roles or pages that cannot open a case). */
  linked?: boolean;
  captionId?: string;
  /** The steunpunt's own topic labels; the national labels when left out. */
  topicLabel?: (key: string) => string;
}

export function CaseTable(props: CaseTableProps) {
  const { caption, cases, tenantName, userId, linked = true } = props;
  const labelOfTopic = props.topicLabel ?? topicLabel;
  const captionId = props.captionId ?? 'vragen-tabel-titel';
  return (
    <DataTable
      captionId={captionId}
      caption={caption}
      columns={[
        'Referentie',
        'Ontvangen',
        'Samenwerkingsverband',
        ...(severalKinds ? ['Soort'] : []),
        'Onderwerp',
        'Taal en tolk',
        'Status',
        'Toegewezen aan',
        'Reactie uiterlijk',
        ...(someKindHasDeadlines ? ['Termijn'] : []),
        'Signaal',
      ]}
    >
      {cases.map((item) => (
        <tr
          className={`utrecht-table__row${item.overdue ? ' bo-row--overdue' : ''}`}
          key={`${item.tenant}/${item.caseId}`}
        >
          <th className="utrecht-table__header-cell bo-table__ref" scope="row">
            {linked ? (
              <a
                className="utrecht-link utrecht-link--html-a"
                href={backofficePaths.case(item.tenant, item.caseId)}
              >
                {item.reference}
              </a>
            ) : (
              item.reference
            )}
          </th>
          <td className="utrecht-table__cell">{formatDateTime(item.createdAt)}</td>
          <td className="utrecht-table__cell">{tenantName(item.tenant)}</td>
          {severalKinds && <td className="utrecht-table__cell">{kindWords(item).label}</td>}
          <td className="utrecht-table__cell">{labelOfTopic(item.topic)}</td>
          <td className="utrecht-table__cell">
            <LanguageMarks item={item} />
          </td>
          <td className="utrecht-table__cell">{statusLabel(item.status)}</td>
          <td className="utrecht-table__cell">
            {item.assignee && item.assignee === userId
              ? 'Jij'
              : (item.assigneeName ?? (item.assignee ? item.assignee : 'Niemand'))}
          </td>
          <td className="utrecht-table__cell">
            {item.status === 'afgerond' ? '–' : formatDate(item.dueAt)}
            {item.overdue && <strong className="bo-late">Te laat</strong>}
          </td>
          {someKindHasDeadlines && (
            <td className="utrecht-table__cell">
              {item.filingDeadline ? formatDate(item.filingDeadline) : '–'}
              <DeadlineFlag item={item} />
            </td>
          )}
          <td className="utrecht-table__cell">{item.hasSignal ? 'Ja' : 'Nee'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
