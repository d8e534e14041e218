/**
 * "Inloggen". The button sends the user to the issuer's sign-in page (Cognito's managed
 * login in AWS, the portal's own demo-user page locally) with the code flow and PKCE; the
 * issuer sends them back here with a code, which becomes the ID token for this tab, and
 * on to the role's start page.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert } from '../ui/Alert.tsx';
import { authorizeUrl, finishSignIn, isReturn, loadSettings } from './code-flow.ts';
import type { Directory } from './directory.ts';
import { homeFor } from './paths.ts';
import { Frame } from './Shell.tsx';
import { clearToken, saveToken, takeSignInMessage } from './session-store.ts';
import { loadMe } from './use-session.ts';

const failed = 'Inloggen is niet gelukt. Probeer het opnieuw.';

export default function SignInPage({ directory }: { directory: Directory }) {
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const failureRef = useRef<HTMLDivElement>(null);
  // The button is in the HTML before React takes over; until then a click does nothing.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    setReady(true);
    setNotice(takeSignInMessage());
    const params = new URLSearchParams(window.location.search);
    if (!isReturn(params)) return;
    // The code is for one use: off the address bar, so a reload or a bookmark never replays it.
    window.history.replaceState(null, '', window.location.pathname);
    void completeSignIn(params);
  }, []);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  function fail(message: string) {
    clearToken();
    setBusy(undefined);
    setFailure(message);
  }

  async function completeSignIn(params: URLSearchParams) {
    setBusy('Bezig met inloggen…');
    setFailure(undefined);
    const token = await finishSignIn(params);
    if (!token.ok) return fail(token.message);
    saveToken(token.value.idToken, token.value.expiresIn);
    const result = await loadMe();
    const me = result.ok ? result.data : undefined;
    if (!me) return fail(result.ok ? failed : result.problem.message);
    window.location.assign(homeFor(me.principal.role));
  }

  async function startSignIn() {
    if (busy) return;
    setBusy('Je gaat naar de inlogpagina…');
    setFailure(undefined);
    clearToken();
    const settings = await loadSettings();
    if (!settings.ok) return fail(settings.message);
    window.location.assign(await authorizeUrl(settings.value));
  }

  return (
    <Frame directory={directory}>
      <h1 className="utrecht-heading-1">Inloggen</h1>
      {notice && (
        <Alert type="info" role="note">
          <p className="utrecht-paragraph">{notice}</p>
        </Alert>
      )}
      {failure && (
        <div className="error-summary" tabIndex={-1} ref={failureRef}>
          <div role="alert">
            <h2 className="utrecht-heading-2 error-summary__title">Er is een probleem</h2>
            <p className="utrecht-paragraph error-summary__text">{failure}</p>
          </div>
        </div>
      )}
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        In de backoffice behandelen medewerkers van het steunpunt de vragen en meldingen van ouders
        en jongeren.
      </p>
      <p className="utrecht-paragraph">
        Log in met je account. Je gaat daarvoor naar een aparte inlogpagina en komt daarna hier
        terug.
      </p>
      <button
        type="button"
        className="utrecht-button utrecht-button--primary-action"
        aria-disabled={busy ? true : undefined}
        data-ready={ready ? 'true' : undefined}
        onClick={() => void startSignIn()}
      >
        Inloggen
      </button>
      <p className="visually-hidden" role="status">
        {busy ?? ''}
      </p>
    </Frame>
  );
}
