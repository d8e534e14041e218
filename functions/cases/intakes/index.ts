/**
 * Every intake, in one list: the ways a case comes in. What every kind needs beyond its
 * intake (its mails' names for the case page, its public route) is read from here,
 * so a new intake is its module and one line below.
 */
import { complaintIntake } from './complaint.ts';
import { contactIntake } from './contact.ts';
import { questionIntake } from './question.ts';

export const intakes = [questionIntake, contactIntake, complaintIntake] as const;

/** What the back office calls each of those mails in a case's list of mails. */
export const intakeMailLabels: Readonly<Record<string, string>> = Object.fromEntries(
  intakes.flatMap((intake) =>
    Object.entries(intake.mails).map(([name, mail]) => [name, mail.label]),
  ),
);
