/**
 * How long a half-year report's texts may be: read by its schema (report-input.ts) and by
 * the editor's hints, which so need not load zod for two numbers.
 */
export const reportIntroMax = 2000;
export const reportRecommendationsMax = 4000;
