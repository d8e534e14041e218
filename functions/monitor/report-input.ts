/**
 * What a coördinator writes in a half-year report: a short introduction and the
 * steunpunt's recommendations. One schema for the editor, the API and the OpenAPI
 * document. `version` is the report's version the editor last read: a save over a newer
 * version is refused, so two coördinatoren never overwrite each other unseen.
 */
import * as z from 'zod/mini';
import { reportIntroMax, reportRecommendationsMax } from './report-limits.ts';

export { reportIntroMax, reportRecommendationsMax };

/** A half year, as a report's URL names it: `2026-H1`. */
export const halfYearPattern = /^\d{4}-H[12]$/;

const version = z
  .number({ error: 'Laad de rapportage opnieuw' })
  .check(z.int(), z.minimum(0, { error: 'Laad de rapportage opnieuw' }));

export const reportTextInput = z.object({
  intro: z
    .string({ error: 'Schrijf een inleiding' })
    .check(
      z.trim(),
      z.maxLength(reportIntroMax, { error: `Gebruik hoogstens ${reportIntroMax} tekens` }),
    ),
  recommendations: z.string({ error: 'Schrijf de aanbevelingen' }).check(
    z.trim(),
    z.maxLength(reportRecommendationsMax, {
      error: `Gebruik hoogstens ${reportRecommendationsMax} tekens`,
    }),
  ),
  version,
});
export const reportTextFieldOrder = ['intro', 'recommendations', 'version'] as const;

export const publishReportInput = z.object({ version });
export const publishReportFieldOrder = ['version'] as const;
