/**
 * The Oudercafé's bounds, apart from its schemas (meeting-schema.ts re-exports them): the
 * model and the jobs that need a bound need no zod schema with it.
 */
export const meetingLimits = {
  titleMin: 3,
  titleMax: 120,
  descriptionMin: 10,
  descriptionMax: 2000,
  locationMax: 200,
  capacityMax: 500,
  reminderDaysMax: 14,
  reminderDaysDefault: 2,
  /**
   * Sign-ups on the waiting list. The list lives in the meeting item (the one truth of
   * places), so its size bounds the item: 1,000 entries are about 30 KB of DynamoDB's 400 KB.
   */
  waitingListMax: 1000,
  waitingListDefault: 50,
  repeatMonthlyMax: 11,
  nameMax: 80,
  needsMax: 500,
  reasonMax: 500,
} as const;
