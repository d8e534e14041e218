import { SESClient } from '@aws-sdk/client-ses';
import type { Config } from './config.ts';

/**
 * How the SES client calls SES. A mail is retried in one place only, the outbox worker
 * (functions/mail/mail-worker.ts): the SDK's own retries would send a mail whose answer was
 * lost (SES accepted it, then a reset or a timeout) three times before the worker's retry
 * added a fourth. So one attempt per call, and a call that hangs gives up well within the
 * worker's lease (`defaultLeaseMs`), so the worker itself records the failure and retries
 * later instead of another worker taking the mail over while this one still waits.
 */
export const sesCallSettings = {
  maxAttempts: 1,
  connectionTimeoutMs: 3_000,
  /** The whole request and answer; then a TimeoutError, not only a warning. */
  requestTimeoutMs: 10_000,
} as const;

export function createSesClient(config: Config): SESClient {
  return new SESClient({
    region: config.region,
    ...(config.sesEndpoint ? { endpoint: config.sesEndpoint } : {}),
    maxAttempts: sesCallSettings.maxAttempts,
    requestHandler: {
      connectionTimeout: sesCallSettings.connectionTimeoutMs,
      requestTimeout: sesCallSettings.requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
  });
}
