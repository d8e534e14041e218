/**
 * The draft letter of a complaint (`/backoffice/conceptbrief/?swv=…&id=…`): for a bezwaar
 * against a TLV decision or a GPO request, the same letter the parent gets on the public
 * letter page (complaint-letter.ts), built from the case the case page loads. The medewerker
 * adjusts it, then prints it or copies the text into a mail: the steunpunt files nothing.
 */
import { useEffect, useMemo, useState } from 'react';
import type { CaseDetail } from '../../../../../functions/cases/case.ts';
import {
  draftLetter,
  letterText,
  type Letter,
  type LetterFacts,
} from '../../../../../functions/cases/intakes/complaint-letter.ts';
import { isLetterRoute } from '../../../../../functions/cases/intakes/letter-routes.ts';
import { timeZone } from '../../../../../functions/lib/dutch-dates.ts';
import { TextAreaField } from '../../form/fields.tsx';
import { caseParam, caseRoute } from '../cases/case-actions.ts';
import { api } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { backofficePaths, caseRoles } from '../shell/paths.ts';
import { Shell } from '../shell/Shell.tsx';
import { Alert } from '../ui/Alert.tsx';
import { Loading } from '../ui/LoadStatus.tsx';
import '../../letter/letter.css';

/** Each SWV's postal address from its profile (the bezwaar's addressee), where known. */
export type SwvAddresses = Record<string, LetterFacts['swv']['address']>;

export default function LetterDraftPage(props: { directory: Directory; addresses: SwvAddresses }) {
  const { directory, addresses } = props;
  return (
    <Shell directory={directory} current="inbox" allow={caseRoles}>
      {() => <LetterView directory={directory} addresses={addresses} />}
    </Shell>
  );
}

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; detail: CaseDetail }
  | { status: 'failed'; message: string };

const amsterdamToday = () => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());

function letterOf(detail: CaseDetail, swv: LetterFacts['swv']): Letter | undefined {
  if (detail.kind !== 'complaint' || !isLetterRoute(detail.route)) return undefined;
  const personal = detail.personal ?? {};
  return draftLetter(detail.route, {
    answers: {
      role: detail.role,
      decisionDate: detail.decisionDate,
      about: personal.about,
      whatHappened: personal.whatHappened,
      spokenWith: personal.spokenWith,
      outcomeWanted: personal.outcomeWanted,
      childName: personal.childName,
      name: personal.name,
    },
    swv,
    today: amsterdamToday(),
  });
}

function LetterView(props: { directory: Directory; addresses: SwvAddresses }) {
  const { directory, addresses } = props;
  const [where] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    return { swv: params.get('swv') ?? '', caseId: params.get('id') ?? '' };
  });
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    if (!where.swv || !where.caseId) {
      setLoaded({
        status: 'failed',
        message: 'In de link staat niet bij welke melding de brief hoort.',
      });
      return;
    }
    void api(caseRoute.$get, {
      param: caseParam({ tenant: where.swv, caseId: where.caseId }),
    }).then((result) => {
      if (result.ok && result.data) setLoaded({ status: 'ready', detail: result.data });
      else if (!result.ok && result.status !== 401) {
        setLoaded({
          status: 'failed',
          message:
            result.status === 403
              ? 'Deze melding hoort niet bij jouw steunpunt, of je rol mag geen meldingen zien.'
              : result.problem.message,
        });
      }
    });
  }, [where]);

  const detail = loaded.status === 'ready' ? loaded.detail : undefined;
  const letter = useMemo(
    () =>
      detail &&
      letterOf(detail, {
        name: directory.swvs[detail.tenant]?.name ?? detail.tenant,
        address: addresses[detail.tenant],
      }),
    [detail, directory, addresses],
  );

  useEffect(() => {
    if (detail) document.title = `Conceptbrief ${detail.reference} – Backoffice`;
  }, [detail]);

  const back = (
    <p className="bo-back">
      <a
        className="utrecht-link utrecht-link--html-a"
        href={detail ? backofficePaths.case(detail.tenant, detail.caseId) : backofficePaths.inbox}
      >
        {detail ? `Terug naar ${detail.reference}` : 'Terug naar de inbox'}
      </a>
    </p>
  );

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed' || !detail) {
    return (
      <>
        {back}
        <h1 className="utrecht-heading-1">Conceptbrief</h1>
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">
            {loaded.status === 'failed' ? loaded.message : 'De melding is niet gevonden.'}
          </p>
        </Alert>
      </>
    );
  }
  if (!letter) {
    return (
      <>
        {back}
        <h1 className="utrecht-heading-1">{`Conceptbrief ${detail.reference}`}</h1>
        <Alert type="info">
          <p className="utrecht-paragraph">
            Een conceptbrief is er alleen voor een bezwaar tegen een besluit over een TLV en voor
            een zaak bij de Geschillencommissie Passend Onderwijs.
          </p>
        </Alert>
      </>
    );
  }
  return (
    <>
      {back}
      <h1 className="utrecht-heading-1">{`Conceptbrief ${detail.reference}`}</h1>
      <EditableLetter key={detail.caseId} letter={letter} erased={!detail.personal} />
    </>
  );
}

function EditableLetter({ letter, erased }: { letter: Letter; erased: boolean }) {
  const [texts, setTexts] = useState(() => letter.blocks.map((block) => block.text));
  const [copied, setCopied] = useState('');
  const blocks = letter.blocks.map((block, index) => ({ ...block, text: texts[index] ?? '' }));

  const copy = () => {
    navigator.clipboard.writeText(letterText(blocks)).then(
      () =>
        setCopied('De tekst van de brief staat op je klembord. Plak hem in een mail aan de ouder.'),
      () =>
        setCopied(
          'Kopiëren lukt niet in deze browser. Selecteer de tekst van de brief en kopieer hem zelf.',
        ),
    );
  };

  return (
    <>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{letter.title}</p>
      {erased && (
        <Alert type="info">
          <p className="utrecht-paragraph">
            De persoonsgegevens van deze melding zijn er niet meer. De brief heeft daarom alleen
            [haken] waar de ouder zelf iets invult.
          </p>
        </Alert>
      )}
      <Alert type="warning" role="note">
        <p className="utrecht-paragraph">
          <strong>
            Het steunpunt stuurt de brief niet op. Geef hem aan de ouder: print hem, of kopieer de
            tekst in een mail. De ouder zet er een handtekening onder en stuurt hem zelf.
          </strong>
        </p>
        <p className="utrecht-paragraph">Dit staat er voor de ouder bij:</p>
        <ul className="utrecht-unordered-list">
          {letter.notes.map((note) => (
            <li className="utrecht-unordered-list__item" key={note}>
              {note}
            </li>
          ))}
        </ul>
      </Alert>
      <h2 className="utrecht-heading-2">Pas de brief aan</h2>
      <div className="letter-fields">
        {blocks.map((block, index) => (
          <TextAreaField
            key={block.id}
            name={`brief-${block.id}`}
            label={block.label}
            hint={block.hint}
            value={block.text}
            rows={Math.min(12, Math.max(2, block.text.split('\n').length + 1))}
            onChange={(value) =>
              setTexts((current) => current.map((text, at) => (at === index ? value : text)))
            }
          />
        ))}
      </div>
      <div className="letter-actions">
        <button
          className="utrecht-button utrecht-button--primary-action"
          type="button"
          onClick={() => window.print()}
        >
          Print de brief
        </button>
        <button
          className="utrecht-button utrecht-button--secondary-action"
          type="button"
          onClick={copy}
        >
          Kopieer de tekst
        </button>
      </div>
      <p className="utrecht-paragraph" aria-live="polite">
        {copied}
      </p>
      <h2 className="utrecht-heading-2" id="zo-ziet-hij-eruit">
        Zo ziet de brief eruit
      </h2>
      <article className="letter-sheet" aria-labelledby="zo-ziet-hij-eruit">
        {blocks.map((block) => (
          <p
            className={`utrecht-paragraph letter-sheet__block letter-sheet__block--${block.id}`}
            key={block.id}
          >
            {block.text}
          </p>
        ))}
      </article>
    </>
  );
}
