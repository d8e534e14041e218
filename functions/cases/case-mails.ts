/**
 * The mails of a case: the intakes' confirmations and a medewerker's reply. The API renders
 * them for a person's export, the mail worker gets them through its composition root
 * (mail-worker/mail-templates.ts). The meeting mails, with their calendar files, live with
 * the meetings, so the API does not carry the iCalendar library.
 */
import {
  renderFrom,
  type MailContext,
  type RenderedMail,
  type Template,
} from '../mail/templates.ts';
import { caseReply } from './case-reply-mail.ts';
import { intakeMailTemplates } from './intakes/intake-mail-templates.ts';

export const caseMailTemplates: Readonly<Record<string, Template>> = {
  ...intakeMailTemplates,
  'case-reply': caseReply,
};

/** A case's mail, as the person received it. */
export const renderMail = (
  template: string,
  params: Record<string, string>,
  context?: MailContext,
): RenderedMail => renderFrom(caseMailTemplates, template, params, context);
