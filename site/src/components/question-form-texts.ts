/**
 * The question form's texts in the browser: the page's own language's confirmation and
 * messages, which QuestionForm.astro writes as JSON on a translated page; none on a Dutch
 * page, where the script's Dutch default stands.
 */
import type { QuestionMessages } from '../../../functions/cases/intakes/question-messages.ts';
import type { QuestionBrowserTexts } from '../lib/i18n/question-form.ts';

export const questionTextsId = 'question-form-texts';

export interface QuestionPageTexts {
  texts: QuestionBrowserTexts;
  messages: QuestionMessages;
}

export function readQuestionTexts(): QuestionPageTexts | undefined {
  const script = document.getElementById(questionTextsId);
  return script?.textContent ? (JSON.parse(script.textContent) as QuestionPageTexts) : undefined;
}
