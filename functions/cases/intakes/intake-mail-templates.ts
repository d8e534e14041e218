/**
 * How the intakes' own mails read, by the names the intakes declare (intake.ts): kept apart
 * from the intakes so that only the mail worker and a person's export (case-mails.ts) carry
 * the mail texts of every language, not each function that takes in or lists cases.
 */
import type { Template } from '../../mail/templates.ts';
import { complaintConfirmation, complaintReminder } from './complaint-mail.ts';
import { questionConfirmation } from './question-mail.ts';

export const intakeMailTemplates: Readonly<Record<string, Template>> = {
  'question-confirmation': questionConfirmation,
  'complaint-confirmation': complaintConfirmation,
  'complaint-reminder': complaintReminder,
};
