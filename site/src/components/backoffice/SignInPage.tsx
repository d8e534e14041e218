/**
 * "Inloggen". Locally the portal runs its own issuer in place of Cognito and lists demo
 * users; signing in as one stores its token for this tab and goes to the role's start page.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert } from './Alert.tsx';
import { api, listFrom } from './api.ts';
import { steunpuntName, type Directory } from './directory.ts';
import { homeFor } from './paths.ts';
import { Frame } from './Shell.tsx';
import { clearToken, saveToken, takeSignInMessage } from './session-store.ts';
import { meFrom, type MeResponse } from './use-session.ts';

interface DemoUser {
  /** The API calls it `id`; the brief called it `userId`: accept both. */
  id?: string;
  userId?: string;
  name: string;
  roleLabel: string;
  steunpunt?: string;
  swv?: string;
}

type Users =
  | { status: 'loading' }
  | { status: 'ready'; users: DemoUser[] }
  | { status: 'unavailable'; message: string };

export default function SignInPage({ directory }: { directory: Directory }) {
  const [notice, setNotice] = useState<string>();
  const [users, setUsers] = useState<Users>({ status: 'loading' });
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const failureRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setNotice(takeSignInMessage());
    void api<unknown>('/lokaal/idp/gebruikers', { anonymous: true }).then((result) => {
      if (result.ok) {
        setUsers({
          status: 'ready',
          users: listFrom<DemoUser>(result.data, 'users', 'gebruikers'),
        });
      } else {
        setUsers({
          status: 'unavailable',
          message:
            result.status === 404
              ? 'Inloggen met een demogebruiker kan alleen in de lokale omgeving.'
              : result.problem.message,
        });
      }
    });
  }, []);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  async function signIn(user: DemoUser) {
    const userId = user.userId ?? user.id;
    if (busy || !userId) return;
    setBusy(userId);
    setFailure(undefined);
    clearToken();
    const token = await api<{ idToken: string; expiresIn: number }>('/lokaal/idp/token', {
      method: 'POST',
      body: { userId },
      anonymous: true,
    });
    if (!token.ok || typeof token.data?.idToken !== 'string') {
      setBusy(undefined);
      setFailure(
        token.ok ? 'Inloggen is niet gelukt. Probeer het opnieuw.' : token.problem.message,
      );
      return;
    }
    saveToken(token.data.idToken, Number(token.data.expiresIn) || 3600);
    const result = await api<MeResponse>('/api/backoffice/me');
    const me = result.ok ? meFrom(result.data) : undefined;
    if (!me) {
      clearToken();
      setBusy(undefined);
      setFailure(
        result.ok ? 'Inloggen is niet gelukt. Probeer het opnieuw.' : result.problem.message,
      );
      return;
    }
    window.location.assign(homeFor(me.principal.role));
  }

  const where = (user: DemoUser) => {
    if (user.steunpunt) return steunpuntName(directory, user.steunpunt);
    if (user.swv) return directory.swvs[user.swv]?.name ?? user.swv;
    return undefined;
  };

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
        In de backoffice behandelen medewerkers van het steunpunt de vragen van ouders en jongeren.
      </p>
      {users.status === 'loading' && (
        <p className="utrecht-paragraph" role="status">
          Bezig met laden…
        </p>
      )}
      {users.status === 'unavailable' && (
        <Alert type="warning">
          <p className="utrecht-paragraph">{users.message}</p>
        </Alert>
      )}
      {users.status === 'ready' && (
        <>
          <p className="utrecht-paragraph">
            Dit is de lokale omgeving. Kies met wie je inlogt. In de echte omgeving log je in met je
            eigen account.
          </p>
          <h2 className="utrecht-heading-2">Demogebruikers</h2>
          {users.users.length === 0 ? (
            <p className="utrecht-paragraph">Er zijn geen demogebruikers.</p>
          ) : (
            <ul className="bo-users">
              {users.users.map((user) => {
                const place = where(user);
                const userId = user.userId ?? user.id ?? user.name;
                const describedBy = `gebruiker-${userId}`;
                return (
                  <li className="bo-users__item" key={userId}>
                    <button
                      type="button"
                      className="utrecht-button utrecht-button--secondary-action"
                      aria-describedby={describedBy}
                      aria-disabled={busy ? true : undefined}
                      onClick={() => void signIn(user)}
                    >
                      Log in als {user.name}
                    </button>
                    <p className="bo-users__role" id={describedBy}>
                      {user.roleLabel}
                      {place ? `, ${place}` : ''}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
          <p className="visually-hidden" role="status">
            {busy ? 'Bezig met inloggen…' : ''}
          </p>
        </>
      )}
    </Frame>
  );
}
