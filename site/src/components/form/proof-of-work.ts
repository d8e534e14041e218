/**
 * The browser's side of the forms' proof-of-work (functions/limits/proof-of-work.ts): fetch
 * a challenge from the API as soon as a form is on the page, find its number with the
 * browser's own SHA-256 (Web Crypto, no library), and keep the answer for the next send.
 * A person does nothing and sees nothing; each send uses one answer, and a form that is
 * sent again after a problem starts on a new one at once (the API accepts an answer once).
 */
import { proofHeader, type ProofChallenge } from '../../../../functions/limits/proof-schema.ts';

const challengePath = '/api/formuliercontrole';

/** Hashes per turn of the event loop: small enough that typing never stutters. */
const batch = 500;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The secret number: the one whose hash with the salt is the challenge. */
export async function solveChallenge(challenge: ProofChallenge): Promise<number | undefined> {
  for (let start = 0; start <= challenge.maxnumber; start += batch) {
    const end = Math.min(start + batch - 1, challenge.maxnumber);
    const tries: Promise<string>[] = [];
    for (let number = start; number <= end; number++) {
      tries.push(sha256Hex(`${challenge.salt}${number}`));
    }
    const found = (await Promise.all(tries)).indexOf(challenge.challenge);
    if (found >= 0) return start + found;
  }
  return undefined;
}

async function fetchAndSolve(): Promise<string | undefined> {
  try {
    const response = await fetch(challengePath, { cache: 'no-store' });
    if (!response.ok) return undefined;
    const challenge = (await response.json()) as ProofChallenge;
    const number = await solveChallenge(challenge);
    if (number === undefined) return undefined;
    const { algorithm, salt, signature } = challenge;
    return btoa(
      JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }),
    );
  } catch {
    // No answer: the form still sends, and the API's refusal says what to do.
    return undefined;
  }
}

let next: Promise<string | undefined> | undefined;

/** Starts on the next answer now, so it is ready by the time the form is sent. */
export function prepareProof(): void {
  next ??= fetchAndSolve();
}

/** The headers that carry one answer; the form kit starts the next one if it is needed. */
export async function proofHeaders(): Promise<Record<string, string>> {
  prepareProof();
  const answer = await next;
  next = undefined;
  return answer ? { [proofHeader]: answer } : {};
}
