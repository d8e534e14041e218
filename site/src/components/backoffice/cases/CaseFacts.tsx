/** What the case is: its facts, the question itself and how to reach the person. */
import type { ReactNode } from 'react';
import { signalCategories, type CaseDetail } from '../../../../../functions/cases/case.ts';
import { Alert } from '../ui/Alert.tsx';
import { DataList } from '../ui/DataList.tsx';
import {
  contactChannelLabel,
  formatDate,
  formatDateTime,
  intakeChannelLabel,
  roleLabel,
  schoolTypeLabel,
  statusLabel,
} from '../ui/format.ts';

export function assigneeText(detail: CaseDetail, userId: string) {
  if (!detail.assignee) return 'Niemand';
  const name = detail.assigneeName ?? detail.assignee;
  return detail.assignee === userId ? `${name} (jij)` : name;
}

export function CaseFacts(props: {
  detail: CaseDetail;
  swvName: string;
  userId: string;
  /** The steunpunt's topic labels (own topics too). */
  topicLabel: (key: string) => string;
}) {
  const { detail, swvName, userId, topicLabel } = props;
  const items: [string, ReactNode][] = [
    ['Status', statusLabel(detail.status)],
    ['Ontvangen', formatDateTime(detail.createdAt)],
    [
      'Reactie uiterlijk',
      <>
        {formatDate(detail.dueAt)}
        {detail.overdue && <strong className="bo-late">Te laat</strong>}
      </>,
    ],
  ];
  if (detail.firstResponseAt)
    items.push(['Eerste reactie', formatDateTime(detail.firstResponseAt)]);
  if (detail.closedAt) items.push(['Afgerond', formatDateTime(detail.closedAt)]);
  items.push(
    ['Toegewezen aan', assigneeText(detail, userId)],
    ['Binnengekomen via', intakeChannelLabel(detail.channel)],
    ['Samenwerkingsverband', swvName],
    ['Onderwerp', topicLabel(detail.topic)],
    ['Wie stelt de vraag', roleLabel(detail.role)],
    ['School', schoolTypeLabel(detail.schoolType)],
    ['Gemeente', detail.gemeente === 'anders' ? 'Een andere gemeente' : detail.gemeente],
    [
      'Signaal',
      detail.signal
        ? (signalCategories[detail.signal.category] ?? detail.signal.category)
        : detail.hasSignal
          ? 'Ja'
          : 'Nee',
    ],
  );
  return <DataList items={items} />;
}

export function TheQuestion({ detail }: { detail: CaseDetail }) {
  if (detail.erasedAt || !detail.personal) {
    return (
      <Alert type="info">
        <p className="utrecht-paragraph">
          {detail.erasedAt
            ? `De persoonsgegevens van deze vraag zijn verwijderd op ${formatDateTime(detail.erasedAt)}. De vraag, de naam en de contactgegevens zijn er niet meer.`
            : 'Van deze vraag zijn geen persoonsgegevens bewaard.'}
        </p>
      </Alert>
    );
  }
  const { question, name, email, phone } = detail.personal;
  const contact: [string, ReactNode][] = [
    ['Naam', name || 'Niet ingevuld'],
    ['Wil contact via', contactChannelLabel(detail.contactChannel)],
    [
      'E-mailadres',
      email ? (
        <a className="utrecht-link utrecht-link--html-a" href={`mailto:${email}`}>
          {email}
        </a>
      ) : (
        'Niet ingevuld'
      ),
    ],
    [
      'Telefoonnummer',
      phone ? (
        <a className="utrecht-link utrecht-link--html-a" href={`tel:${phone}`}>
          {phone}
        </a>
      ) : (
        'Niet ingevuld'
      ),
    ],
  ];
  return (
    <>
      <blockquote className="bo-question">
        <p className="utrecht-paragraph">{question}</p>
      </blockquote>
      <h3 className="utrecht-heading-3">Contactgegevens</h3>
      <DataList items={contact} />
    </>
  );
}
