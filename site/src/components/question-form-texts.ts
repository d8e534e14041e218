/**
 * The question form's texts in the browser: the page's own language's confirmation and
 * messages, which QuestionForm.astro writes as JSON on every question page (Dutch too), so
 * the script itself carries no language.
 */
import type { QuestionMessages } from '../../../functions/cases/intakes/question-messages.ts';
import type { QuestionBrowserTexts } from '../lib/i18n/question-form.ts';

export const questionTextsId = 'question-form-texts';

export interface QuestionPageTexts {
  texts: QuestionBrowserTexts;
  messages: QuestionMessages;
}

export function readQuestionTexts(): QuestionPageTexts {
  const script = document.getElementById(questionTextsId);
  if (!script?.textContent) throw new Error(`The page has no #${questionTextsId}`);
  return JSON.parse(script.textContent) as QuestionPageTexts;
}
