/**
 * Signing in to a running local portal as one of the demo users (scripts/local/demo-users.ts),
 * through the local identity provider's token endpoint, as the back office does.
 */
import { localIdpPath } from '../../scripts/local/local-idp.ts';

/** An ID token for the demo user; pass it as `Authorization: Bearer <token>`. */
export async function signIn(portalUrl: string, userId: string): Promise<string> {
  const response = await fetch(`${portalUrl}${localIdpPath}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${userId} failed: ${response.status}`);
  const { idToken } = (await response.json()) as { idToken: string };
  return idToken;
}

/** Headers for a back-office request as the demo user. */
export async function signedInHeaders(
  portalUrl: string,
  userId: string,
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signIn(portalUrl, userId)}` };
}
