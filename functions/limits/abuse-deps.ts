/** What the limits and the form check need besides the table. */
export interface AbuseDeps {
  /**
   * LIMIT_SECRET: keys the counters by an HMAC of the address, and signs the proofs. Left
   * out, a secret made once per process (client-key.ts): fine locally, not for Lambda.
   */
  limitSecret?: string;
  /**
   * The public forms' proof-of-work. The Lambda and the local portal always set it
   * (default-app.ts); left out, as by in-process tests of other things, no proof is asked.
   */
  formProof?: { maxNumber: number; validForMs: number };
  /**
   * The public limits' maxima (api/public-limits.ts: its defaults, or an operator's LIMIT_*).
   * The Lambda and the local portal always set them (default-app.ts); left out, as by
   * in-process tests of other things, nothing is counted.
   */
  limitMaxima?: LimitMaxima;
}

/** Submissions per client a minute, confirmation mails per address a day. */
export interface LimitMaxima {
  submissionsPerMinute: number;
  confirmationsPerDay: number;
}
