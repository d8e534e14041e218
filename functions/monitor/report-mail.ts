/**
 * The mail that tells an SWV's reader a half-year report is published. It names no
 * figure and no signal: only that the report is there, with a link to it behind sign-in,
 * so a mail that goes astray says nothing the board has not been given already.
 */
import { escapeHtml } from '../mail/html.ts';
import { htmlDocument, type MailContext, type Template } from '../mail/templates.ts';

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
  const html = lines.map((line) =>
    escapeHtml(line)
      .replace(/(https:\/\/\S+)/g, '<a href="$1">$1</a>')
      .replace(/\n/g, '<br>'),
  );
  return { subject, text: lines.join('\n\n') + '\n', html: htmlDocument(subject, html) };
};

export const reportMailTemplates: Readonly<Record<string, Template>> = {
  [reportMailTemplate]: published,
};
