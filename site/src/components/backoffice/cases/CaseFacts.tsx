/** What the case is: its facts, the question itself and how to reach the person. */
import type { ReactNode } from 'react';
import { signalCategories, type CaseDetail } from '../../../../../functions/cases/case.ts';
import { outcomes } from '../../../../../functions/core/route-chooser/outcomes.ts';
import { letterFact } from '../letter/letter-fact.tsx';
import { Alert } from '../ui/Alert.tsx';
import { DeadlineFlag } from './DeadlineFlag.tsx';
import { LanguageName, tolkText } from '../ui/CaseLanguage.tsx';
import { kindWords } from './case-kind-words.ts';
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

/** A complaint's route as the chooser's outcome page calls it. */
const routeLabel = (route: string | undefined) =>
  outcomes.find((outcome) => outcome.intakeRoute === route)?.title ??
  (route === 'weet-ik-niet' ? 'Weet het nog niet' : (route ?? '–'));

const yesNo = (value: boolean | undefined) => (value ? 'Ja' : 'Nee');

/** What only a complaint has: its route, its dates, what the person asked for. */
function complaintFacts(detail: CaseDetail): [string, ReactNode][] {
  return [
    ['Route', routeLabel(detail.route)],
    [
      'Datum besluit of gebeurtenis',
      detail.decisionDate ? formatDate(detail.decisionDate) : 'Niet ingevuld',
    ],
    [
      'Laatste dag om in te dienen',
      detail.filingDeadline ? (
        <>
          <strong>{formatDate(detail.filingDeadline)}</strong>
          <DeadlineFlag item={detail} />
        </>
      ) : (
        'Geen termijn berekend'
      ),
    ],
    ['Wil hulp bij de brief', yesNo(detail.wantsLetterHelp)],
    ...letterFact(detail),
    ['Wil een herinnering', yesNo(detail.reminder)],
  ];
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
  if (detail.kind === 'complaint') items.push(...complaintFacts(detail));
  if (detail.firstResponseAt)
    items.push(['Eerste reactie', formatDateTime(detail.firstResponseAt)]);
  if (detail.closedAt) items.push(['Afgerond', formatDateTime(detail.closedAt)]);
  items.push(
    ['Toegewezen aan', assigneeText(detail, userId)],
    ['Binnengekomen via', intakeChannelLabel(detail.channel)],
    ['Samenwerkingsverband', swvName],
    ['Onderwerp', topicLabel(detail.topic)],
    [
      detail.kind === 'complaint' ? 'Wie vraagt hulp' : 'Wie stelt de vraag',
      roleLabel(detail.role),
    ],
    // The complaint intake asks neither (they count as `onbekend` in the monitor), so its
    // case page does not show an answer nobody gave.
    ...(detail.kind === 'complaint'
      ? []
      : ([
          ['School', schoolTypeLabel(detail.schoolType)],
          ['Gemeente', detail.gemeente === 'anders' ? 'Een andere gemeente' : detail.gemeente],
        ] as [string, ReactNode][])),
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
    const { noun } = kindWords(detail);
    return (
      <Alert type="info">
        <p className="utrecht-paragraph">
          {detail.erasedAt
            ? `De persoonsgegevens van deze ${noun} zijn verwijderd op ${formatDateTime(detail.erasedAt)}. De tekst van de ${noun}, de naam en de contactgegevens zijn er niet meer.`
            : `Van deze ${noun} zijn geen persoonsgegevens bewaard.`}
        </p>
      </Alert>
    );
  }
  const {
    question,
    name,
    email,
    phone,
    about,
    whatHappened,
    spokenWith,
    outcomeWanted,
    childName,
  } = detail.personal;
  const complaint: [string, ReactNode][] = [
    ['Over', about || 'Niet ingevuld'],
    ['Wat er gebeurde', whatHappened || 'Niet ingevuld'],
    ['Al gesproken met', spokenWith || 'Niet ingevuld'],
    ['Gewenste uitkomst', outcomeWanted || 'Niet ingevuld'],
    ['Voornaam of voorletters kind', childName || 'Niet ingevuld'],
  ];
  // First, so a medewerker planning a call sees them before the number (issue #14).
  const contact: [string, ReactNode][] = [
    ['Taal', <LanguageName lang={detail.language} />],
    ['Tolk gewenst', tolkText(detail.tolk)],
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
      {detail.kind === 'complaint' ? (
        <DataList items={complaint} />
      ) : (
        <blockquote className="bo-question">
          {/* The parent's own words, most likely in the language of their form; Arabic
              reads right to left. */}
          <p
            className="utrecht-paragraph"
            lang={detail.language === 'nl' ? undefined : detail.language}
            dir="auto"
          >
            {question}
          </p>
        </blockquote>
      )}
      <h3 className="utrecht-heading-3">Contactgegevens</h3>
      <DataList items={contact} />
    </>
  );
}
