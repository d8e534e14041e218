/**
 * "Nog in te vullen" (coördinator, beheerder): what a steunpunt still has to fill in so
 * that no question of a parent sits unread. Live from the API: the empty contact fields,
 * the reply address and the active staff accounts (urgent steunpunten first). From the
 * build: the open questions of the content, which are never shown on a public page.
 */
import { useEffect, useState } from 'react';
import type { ContactField } from '../../../../../functions/admin/steunpunt-gaps.ts';
import type { Directory } from '../shell/directory.ts';
import { backofficePaths } from '../shell/paths.ts';
import { Shell } from '../shell/Shell.tsx';
import type { Me } from '../shell/use-session.ts';
import { Alert } from '../ui/Alert.tsx';
import { loadGaps, urgentText, type SteunpuntGaps } from './gaps-api.ts';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import {
  countOpen,
  type OpenQuestions,
  type PageQuestions,
  type SteunpuntQuestions,
} from './open-questions.ts';

export default function GapsPage(props: { directory: Directory; openQuestions: OpenQuestions }) {
  const { directory, openQuestions } = props;
  return (
    <Shell directory={directory} current="gaps" allow={['coordinator', 'beheerder']}>
      {(me) => <Gaps me={me} openQuestions={openQuestions} />}
    </Shell>
  );
}

/** The contact fields as the coördinator finds them in the back office. */
const fieldLabels = {
  email: 'e-mailadres',
  phone: 'telefoonnummer',
  hours: 'bereikbaarheid',
  whatsapp: 'WhatsApp',
  visitingAddress: 'bezoekadres',
  complaints: 'adres voor klachten',
} as const satisfies Record<ContactField, string>;

function Gaps({ me, openQuestions }: { me: Me; openQuestions: OpenQuestions }) {
  const beheerder = me.principal.role === 'beheerder';
  const [gaps, setGaps] = useState<Loaded<{ steunpunten: SteunpuntGaps[] }>>({
    status: 'loading',
  });

  useEffect(() => {
    void loadGaps(beheerder).then((result) =>
      setGaps(
        result.ok
          ? { status: 'ready', steunpunten: result.data.steunpunten }
          : { status: 'failed', message: result.problem.message },
      ),
    );
  }, [beheerder]);

  const steunpunten = beheerder
    ? openQuestions.steunpunten
    : openQuestions.steunpunten.filter((s) => s.id === me.principal.steunpunt);

  return (
    <>
      <h1 className="utrecht-heading-1">Nog in te vullen</h1>
      <p className="utrecht-paragraph">
        {beheerder
          ? 'Hier zie je per steunpunt wat nog ontbreekt. Zo blijft geen vraag van een ouder liggen.'
          : 'Hier zie je wat je steunpunt nog moet invullen. Zo blijft geen vraag van een ouder liggen.'}
      </p>

      <section className="bo-section" aria-labelledby="bereikbaar">
        <h2 className="utrecht-heading-2" id="bereikbaar">
          Bereikbaarheid
        </h2>
        <LoadStatus loaded={gaps} />
        {gaps.status === 'ready' && (
          <Reachability steunpunten={gaps.steunpunten} beheerder={beheerder} />
        )}
      </section>

      <section className="bo-section" aria-labelledby="open-vragen">
        <h2 className="utrecht-heading-2" id="open-vragen">
          Open vragen uit de teksten
        </h2>
        <p className="utrecht-paragraph">
          Op deze vragen geven de bronnen van het portaal geen antwoord. Ouders zien ze niet op de
          website.{' '}
          {beheerder
            ? 'Weet een steunpunt het antwoord? Zet het dan in de tekst en haal de vraag weg.'
            : 'Weet je het antwoord? Geef het door aan de beheerder. Die past de tekst dan aan.'}
        </p>
        {steunpunten.map((steunpunt) => (
          <SteunpuntOpen key={steunpunt.id} steunpunt={steunpunt} />
        ))}
        {beheerder && (
          <>
            <h3 className="utrecht-heading-3">Landelijk</h3>
            {openQuestions.national.length === 0 ? (
              <p className="utrecht-paragraph">Geen open vragen.</p>
            ) : (
              <PageList pages={openQuestions.national} />
            )}
          </>
        )}
      </section>
    </>
  );
}

function Reachability(props: { steunpunten: SteunpuntGaps[]; beheerder: boolean }) {
  const { steunpunten, beheerder } = props;
  const urgent = steunpunten.filter((s) => s.urgent).length;
  return (
    <>
      {urgent > 0 ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            <strong>Let op:</strong>{' '}
            {beheerder
              ? urgentText(urgent)
              : 'Je steunpunt heeft geen antwoordadres of geen actieve medewerker.'}{' '}
            Vragen en reacties van ouders kunnen dan blijven liggen.
            {beheerder && ' Deze steunpunten staan bovenaan.'}
          </p>
        </Alert>
      ) : (
        <Alert type="ok">
          <p className="utrecht-paragraph">
            {beheerder
              ? 'Alle steunpunten hebben een antwoordadres en een actieve medewerker.'
              : 'Je steunpunt heeft een antwoordadres en een actieve medewerker.'}
          </p>
        </Alert>
      )}
      <ReachabilityTable steunpunten={steunpunten} />
      <p className="utrecht-paragraph">
        De coördinator vult de{' '}
        <a className="utrecht-link utrecht-link--html-a" href={backofficePaths.contactDetails}>
          contactgegevens
        </a>{' '}
        van het steunpunt in. Het e-mailadres is het antwoordadres: daar komen de reacties van
        ouders op mails van het steunpunt aan.
        {beheerder ? (
          <>
            {' '}
            Een account voor een medewerker maak je bij{' '}
            <a className="utrecht-link utrecht-link--html-a" href={backofficePaths.accounts}>
              Gebruikers
            </a>
            .
          </>
        ) : (
          ' Een account voor een medewerker maakt de beheerder.'
        )}
      </p>
    </>
  );
}

const columns = ['Steunpunt', 'Antwoordadres', 'Actieve accounts', 'Nog leeg'] as const;

/**
 * One row per steunpunt; on a phone each row stacks into a block with the column names in
 * front of the values. The explicit roles keep it a table for screen readers, which drop
 * table semantics once CSS changes a table's display.
 */
function ReachabilityTable({ steunpunten }: { steunpunten: SteunpuntGaps[] }) {
  const cell = (column: (typeof columns)[number]) => ({
    role: 'cell',
    className: 'utrecht-table__cell',
    'data-label': column,
  });
  return (
    <div className="bo-table-wrap">
      <table
        className="utrecht-table utrecht-table--html-table bo-table bo-table--stack"
        role="table"
        aria-labelledby="bereikbaar-tabel"
      >
        <caption className="utrecht-table__caption bo-table__caption" id="bereikbaar-tabel">
          Contactgegevens en accounts per steunpunt
        </caption>
        <thead className="utrecht-table__header" role="rowgroup">
          <tr className="utrecht-table__row" role="row">
            {columns.map((column) => (
              <th
                className="utrecht-table__header-cell"
                scope="col"
                role="columnheader"
                key={column}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body" role="rowgroup">
          {steunpunten.map((steunpunt) => (
            <tr
              key={steunpunt.id}
              role="row"
              className={`utrecht-table__row${steunpunt.urgent ? ' bo-row--overdue' : ''}`}
            >
              <th className="utrecht-table__header-cell" scope="row" role="rowheader">
                {steunpunt.name}
                {steunpunt.urgent && <strong className="bo-late">Dringend</strong>}
              </th>
              <td {...cell('Antwoordadres')}>
                {steunpunt.hasReplyAddress ? 'Ja' : 'Geen antwoordadres'}
              </td>
              <td {...cell('Actieve accounts')}>
                {steunpunt.activeStaff === 0 ? 'Geen actieve medewerker' : steunpunt.activeStaff}
              </td>
              <td {...cell('Nog leeg')}>
                {steunpunt.missing.length === 0
                  ? 'Niets'
                  : steunpunt.missing.map((field) => fieldLabels[field]).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SteunpuntOpen({ steunpunt }: { steunpunt: SteunpuntQuestions }) {
  const open = countOpen(steunpunt);
  return (
    <>
      <h3 className="utrecht-heading-3">
        {steunpunt.name} ({open} {open === 1 ? 'open vraag' : 'open vragen'})
      </h3>
      {open === 0 && <p className="utrecht-paragraph">Geen open vragen.</p>}
      {steunpunt.questions.length > 0 && (
        <>
          <p className="utrecht-paragraph">Over het steunpunt:</p>
          <QuestionList questions={steunpunt.questions} />
        </>
      )}
      {steunpunt.swvs.map((swv) => (
        <div key={swv.slug}>
          <h4 className="utrecht-heading-4">
            <a className="utrecht-link utrecht-link--html-a" href={swv.href}>
              {swv.name}
            </a>
          </h4>
          {swv.questions.length > 0 && (
            <>
              <p className="utrecht-paragraph">Over het samenwerkingsverband:</p>
              <QuestionList questions={swv.questions} />
            </>
          )}
          {swv.pages.length > 0 && <PageList pages={swv.pages} />}
        </div>
      ))}
    </>
  );
}

function PageList({ pages }: { pages: PageQuestions[] }) {
  return (
    <ul className="utrecht-unordered-list bo-open-pages">
      {pages.map((page) => (
        <li key={`${page.href ?? ''}${page.title}`}>
          {page.href ? (
            <a className="utrecht-link utrecht-link--html-a" href={page.href}>
              {page.title}
            </a>
          ) : (
            page.title
          )}
          <QuestionList questions={page.questions} />
        </li>
      ))}
    </ul>
  );
}

function QuestionList({ questions }: { questions: string[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {questions.map((question) => (
        <li key={question}>{question}</li>
      ))}
    </ul>
  );
}
