import { errorName } from './log.ts';

/** A conditional write that found the item not as it expected: someone else got there first. */
export const isConditionFailure = (error: unknown) =>
  errorName(error) === 'ConditionalCheckFailedException';
