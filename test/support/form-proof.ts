/**
 * The proof-of-work a public form sends (functions/limits/proof-of-work.ts), made the way
 * the browser makes it: a challenge from the portal, its number found by searching. For
 * tests that send a form's POST without the browser.
 */
import { encodeSolution, solve } from '../../functions/limits/proof-of-work.ts';
import { proofHeader, type ProofChallenge } from '../../functions/limits/proof-schema.ts';

export async function formProofHeaders(portalUrl: string): Promise<Record<string, string>> {
  const response = await fetch(`${portalUrl}/api/formuliercontrole`);
  if (!response.ok) throw new Error(`no challenge: ${response.status}`);
  const challenge = (await response.json()) as ProofChallenge;
  const number = solve(challenge);
  if (number === undefined) throw new Error('the challenge has no answer');
  const { algorithm, salt, signature } = challenge;
  return {
    [proofHeader]: encodeSolution({
      algorithm,
      challenge: challenge.challenge,
      number,
      salt,
      signature,
    }),
  };
}
