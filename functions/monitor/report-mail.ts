/**
 * The mail that tells an SWV's reader a half-year report is published. It names no
 * figure and no signal: only that the report is there, with a link to it behind sign-in,
 * so a mail that goes astray says nothing the board has not been given already.
 */
import {
  htmlDocument,
  linkedParagraphs,
  type MailContext,
  type Template,
} from '../mail/templates.ts';

export const reportMailTemplate = 'monitor-report-published';

function greeting(context: MailContext | undefined): string {
  const personal = context?.recipient?.personal as { name?: string } | undefined;
  return personal?.name ? `Hallo ${personal.name},` : 'Hallo,';
}

const published: Template = (p, context) => {
  const subject = `Nieuwe halfjaarrapportage ${p.period ?? ''}: ${p.swvName ?? ''}`;
  const lines = [
    greeting(context),
    `${p.steunpuntName} heeft de halfjaarrapportage over het ${p.period} voor ${p.swvName} gepubliceerd.`,
    `Je leest de rapportage in de backoffice, na inloggen:\n${p.link}`,
    `Met vriendelijke groet,\n${p.steunpuntName}`,
  ];
  // Only the report's own link is a link; the reader's name is text whatever it reads like.
  const html = linkedParagraphs(lines, [p.link]);
  return { subject, text: lines.join('\n\n') + '\n', html: htmlDocument(subject, html) };
};

export const reportMailTemplates: Readonly<Record<string, Template>> = {
  [reportMailTemplate]: published,
};
