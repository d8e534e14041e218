/**
 * One case (`/backoffice/vraag/?swv=…&id=…`): the question and how to reach the person,
 * and everything a medewerker does with it, each action with its outcome right there and
 * Dutch errors in the page's error summary and next to the field.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CaseDetail } from '../../../../../functions/cases/case.ts';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';

import { Alert } from '../ui/Alert.tsx';
import { api } from '../shell/api.ts';
import { caseActions, caseParam, caseRoute, type SectionOutcome } from './case-actions.ts';
import { CaseFacts, TheQuestion } from './CaseFacts.tsx';
import { kindWords } from './case-kind-words.ts';
import { AssignForm, StatusForm } from './CaseHandling.tsx';
import { CaseHistory } from './CaseHistory.tsx';
import { steunpuntOfSwv, type Directory } from '../shell/directory.ts';
import { NoteForm } from './NoteForm.tsx';
import { backofficePaths, caseRoles } from '../shell/paths.ts';
import { ReplyForm } from './ReplyForm.tsx';
import { Shell } from '../shell/Shell.tsx';
import { SignalForm } from './SignalForm.tsx';
import { useSteunpuntTopics } from '../steunpunt/steunpunt-topics.ts';
import { TopicForm } from './TopicForm.tsx';
import { useFormErrors } from '../ui/use-form-errors.ts';
import { tenantName, type Me } from '../shell/use-session.ts';
import { Loading } from '../ui/LoadStatus.tsx';

export default function CasePage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="inbox" allow={caseRoles}>
      {(me) => <CaseView me={me} directory={directory} />}
    </Shell>
  );
}

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; detail: CaseDetail }
  | { status: 'failed'; code: number; message: string };

const failureTitles: Record<number, string> = {
  403: 'Geen toegang',
  404: 'Niet gevonden',
};

function CaseView({ me, directory }: { me: Me; directory: Directory }) {
  const [where] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    return { swv: params.get('swv') ?? '', caseId: params.get('id') ?? '' };
  });
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [outcome, setOutcome] = useState<SectionOutcome>();
  const form = useFormErrors();
  const topics = useSteunpuntTopics();

  const reload = useCallback(async () => {
    if (!where.swv || !where.caseId) {
      setLoaded({
        status: 'failed',
        code: 404,
        message: 'In de link staat niet welke vraag of melding je zoekt.',
      });
      return;
    }
    const result = await api(caseRoute.$get, {
      param: caseParam({ tenant: where.swv, caseId: where.caseId }),
    });
    if (result.ok && result.data) setLoaded({ status: 'ready', detail: result.data });
    else if (!result.ok && result.status !== 401) {
      setLoaded({
        status: 'failed',
        code: result.status,
        message:
          result.status === 403
            ? 'Dit hoort niet bij jouw steunpunt, of je rol mag geen vragen en meldingen zien.'
            : result.problem.message,
      });
    }
  }, [where]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const detail = loaded.status === 'ready' ? loaded.detail : undefined;
  useEffect(() => {
    if (!detail) return;
    const title = `${kindWords(detail).label} ${detail.reference} – Backoffice`;
    document.title = document.title.startsWith('Fout: ') ? `Fout: ${title}` : title;
  }, [detail]);

  const run = useMemo(
    () =>
      caseActions(where.swv, where.caseId, {
        showErrors: form.show,
        clearErrors: form.clear,
        setOutcome,
        reload,
        show: (detail) => setLoaded({ status: 'ready', detail }),
      }),
    [where, form.show, form.clear, reload],
  );

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed') {
    return (
      <>
        <h1 className="utrecht-heading-1">{failureTitles[loaded.code] ?? 'Dit lukt nu niet'}</h1>
        <Alert type={loaded.code === 403 ? 'warning' : 'error'} role="alert">
          <p className="utrecht-paragraph">{loaded.message}</p>
        </Alert>
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={backofficePaths.inbox}>
            Terug naar het overzicht
          </a>
        </p>
      </>
    );
  }

  const { detail: current } = loaded;
  const words = kindWords(current);
  const shared = {
    run,
    outcome,
    errorFor: form.errorFor,
    showErrors: form.show,
  };
  const placeholders = {
    naam: current.personal?.name,
    referentie: current.reference,
    steunpunt: me.steunpuntName ?? steunpuntOfSwv(directory, current.tenant),
    medewerker: me.principal.name,
  };

  return (
    <>
      <FormErrorSummary form={form} />
      <p className="bo-back">
        <a className="utrecht-link utrecht-link--html-a" href={backofficePaths.inbox}>
          Terug naar het overzicht
        </a>
      </p>
      <h1 className="utrecht-heading-1">{`${words.label} ${current.reference}`}</h1>
      {current.restricted && (
        <Alert type="info">
          <p className="utrecht-paragraph">{restrictionNotice[current.restricted]}</p>
        </Alert>
      )}
      <div className="bo-case">
        <div className="bo-case__info">
          <section aria-labelledby="gegevens">
            <h2 className="utrecht-heading-2" id="gegevens">
              Gegevens
            </h2>
            <CaseFacts
              detail={current}
              swvName={tenantName(me, current.tenant)}
              userId={me.principal.userId}
              topicLabel={topics.labelOf}
            />
          </section>
          <section aria-labelledby={`de-${words.noun}`}>
            <h2 className="utrecht-heading-2" id={`de-${words.noun}`}>
              {`De ${words.noun}`}
            </h2>
            <TheQuestion detail={current} />
          </section>
        </div>
        <div className="bo-case__actions">
          <section aria-labelledby="behandelen" className="bo-panel">
            <h2 className="utrecht-heading-2" id="behandelen">
              Behandelen
            </h2>
            <AssignForm detail={current} me={me} {...shared} />
            <StatusForm detail={current} me={me} {...shared} />
            <TopicForm detail={current} topics={topics} {...shared} />
          </section>
          <section aria-labelledby="antwoorden" className="bo-panel">
            <h2 className="utrecht-heading-2" id="antwoorden">
              Antwoorden per e-mail
            </h2>
            <ReplyForm
              detail={current}
              placeholders={placeholders}
              steunpuntEmail={me.steunpuntEmail}
              {...shared}
            />
          </section>
          <section aria-labelledby="notities" className="bo-panel">
            <h2 className="utrecht-heading-2" id="notities">
              Interne notitie
            </h2>
            <NoteForm {...shared} />
          </section>
          <section aria-labelledby="signaal" className="bo-panel">
            <h2 className="utrecht-heading-2" id="signaal">
              Signaal voor het samenwerkingsverband
            </h2>
            <SignalForm detail={current} {...shared} />
          </section>
        </div>
        <section aria-labelledby="geschiedenis" className="bo-case__history">
          <h2 className="utrecht-heading-2" id="geschiedenis">
            Geschiedenis
          </h2>
          <CaseHistory detail={current} topicLabel={topics.labelOf} />
        </section>
      </div>
    </>
  );
}

/** Why a complaint about the steunpunt is on this person's screen (tenant-access.ts). */
const restrictionNotice: Record<NonNullable<CaseDetail['restricted']>, string> = {
  person:
    'Dit is een klacht over het steunpunt. Alleen jij ziet dit dossier. Je collega’s zien het niet in de inbox en kunnen het niet openen.',
  coordinators:
    'Dit is een klacht over het steunpunt. Alleen de coördinatoren zien dit dossier, want er is niemand gekozen om klachten over het steunpunt te behandelen.',
  'holder-left':
    'Dit is een klacht over het steunpunt. Alleen de persoon die hem behandelde mocht dit dossier zien. Die werkt niet meer bij het steunpunt en gaf het dossier niet door. Daarom zien de coördinatoren het nu. Neem het zelf of geef het aan een coördinator: dan ziet alleen die persoon het weer.',
};
