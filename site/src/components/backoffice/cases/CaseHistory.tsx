/** Everything that happened to the case, events and mails together, newest first. */
import {
  caseStatuses,
  signalCategories,
  type CaseDetail,
  type CaseEvent,
  type CaseMailSummary,
} from '../../../../../functions/cases/case.ts';
import { formatDateTime, intakeChannelLabel, statusLabel } from '../ui/format.ts';

const mailStatuses: Record<string, string> = {
  pending: 'Wacht op verzending',
  sending: 'Wordt verstuurd',
  sent: 'Verstuurd',
  failed: 'Niet verstuurd',
};

function eventTitle(event: CaseEvent, topicLabel: (key: string) => string): string {
  const details = event.details ?? {};
  switch (event.type) {
    case 'created':
      return `Vraag ontvangen via ${intakeChannelLabel(details.channel).toLowerCase()}`;
    case 'status': {
      const to = details.to ?? details.status;
      return to && to in caseStatuses ? `Status: ${statusLabel(to)}` : 'Status gewijzigd';
    }
    case 'assign': {
      const name = details.assigneeName ?? details.assignee;
      return name ? `Toegewezen aan ${name}` : 'Toewijzing weggehaald';
    }
    case 'note':
      return 'Notitie';
    case 'reply':
      return details.subject ? `Antwoord per e-mail: ${details.subject}` : 'Antwoord per e-mail';
    case 'topic':
      return details.to ? `Onderwerp: ${topicLabel(details.to)}` : 'Onderwerp gewijzigd';
    case 'signal': {
      if (details.removed !== undefined || details.hasSignal === 'false') {
        return 'Signaal weggehaald';
      }
      if (details.review === 'approved') return 'Signaaltekst goedgekeurd door een coördinator';
      if (details.review === 'rejected') return 'Signaaltekst afgewezen door een coördinator';
      const category = details.category as keyof typeof signalCategories | undefined;
      return category ? `Signaal: ${signalCategories[category] ?? category}` : 'Signaal';
    }
    default:
      return 'Wijziging';
  }
}

type Entry =
  | { kind: 'event'; at: string; key: string; event: CaseEvent }
  | { kind: 'mail'; at: string | undefined; key: string; mail: CaseMailSummary };

export function CaseHistory(props: {
  detail: CaseDetail;
  /** The steunpunt's topic labels (own topics too). */
  topicLabel: (key: string) => string;
}) {
  const { detail, topicLabel } = props;
  const entries: Entry[] = [
    ...detail.history.map((event, index): Entry => ({
      kind: 'event',
      at: event.at,
      key: `e${index}`,
      event,
    })),
    ...detail.mails.map((mail): Entry => ({
      kind: 'mail',
      at: mail.sentAt,
      key: `m${mail.id}`,
      mail,
    })),
  ];
  // Mails not sent yet are the latest thing that happened; then newest first.
  entries.sort((a, b) => {
    if (!a.at || !b.at) return a.at ? 1 : b.at ? -1 : 0;
    return b.at.localeCompare(a.at);
  });

  return (
    <ol className="bo-history">
      {entries.map((entry) =>
        entry.kind === 'event' ? (
          <li className="bo-history__item" key={entry.key}>
            <p className="bo-history__title">{eventTitle(entry.event, topicLabel)}</p>
            <p className="bo-history__meta">
              <time dateTime={entry.event.at}>{formatDateTime(entry.event.at)}</time>
              {entry.event.byName ? `, door ${entry.event.byName}` : ''}
            </p>
            {entry.event.text && <p className="bo-history__text">{entry.event.text}</p>}
          </li>
        ) : (
          <li className="bo-history__item bo-history__item--mail" key={entry.key}>
            <p className="bo-history__title">
              E-mail:{' '}
              {/* A reply in the parent's language keeps its lang and direction (Arabic). */}
              <bdi lang={entry.mail.lang}>{entry.mail.subject ?? entry.mail.template}</bdi>
            </p>
            <p className="bo-history__meta">
              {mailStatuses[entry.mail.status] ?? entry.mail.status}
              {entry.mail.sentAt && (
                <>
                  {' op '}
                  <time dateTime={entry.mail.sentAt}>{formatDateTime(entry.mail.sentAt)}</time>
                </>
              )}
            </p>
            {entry.mail.body && (
              <details className="bo-history__mail">
                <summary>Tekst van de e-mail</summary>
                <p className="bo-history__text" lang={entry.mail.lang} dir="auto">
                  {entry.mail.body}
                </p>
              </details>
            )}
          </li>
        ),
      )}
    </ol>
  );
}
