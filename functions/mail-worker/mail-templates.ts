/**
 * Every mail the worker sends, by template name: a case's, a meeting's and the monitor
 * report's. The worker gets them from here, its composition root, so functions/mail knows
 * no capability.
 */
import { caseMailTemplates } from '../cases/case-mails.ts';
import type { Template } from '../mail/templates.ts';
import { meetingTemplates } from '../meetings/meeting-templates.ts';
import { reportMailTemplates } from '../monitor/report-mail.ts';

export const mailTemplates: Readonly<Record<string, Template>> = {
  ...caseMailTemplates,
  ...meetingTemplates,
  ...reportMailTemplates,
};
