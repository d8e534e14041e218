/**
 * Every catalog of texts the portal speaks in its six languages (issue #14), by name: the
 * translation report and the lock of their Dutch sources read them from here, and a test
 * holds this list to every `Record<Locale, …>` catalog exported in functions/ and site/.
 */
import { questionMailTexts } from '../../functions/cases/intakes/question-mail-texts.ts';
import { questionOwnMessages } from '../../functions/cases/intakes/question-messages.ts';
import { replyMailTexts } from '../../functions/cases/reply-mail-texts.ts';
import { fieldMessages } from '../../functions/core/field-messages.ts';
import { chooserTexts } from '../../functions/core/route-chooser/texts/index.ts';
import { meetingMailTexts } from '../../functions/meetings/meeting-mail-texts.ts';
import { meetingAnswers, signUpMessages } from '../../functions/meetings/meeting-messages.ts';
import { vocabularyLabels } from '../../functions/core/vocabulary-labels.ts';
import { oudercafeTexts } from '../../site/src/components/oudercafe/oudercafe-texts.ts';
import { accessibilityTexts } from '../../site/src/components/statements/accessibility-texts.ts';
import { privacyTexts } from '../../site/src/components/statements/privacy-texts.ts';
import { chrome } from '../../site/src/lib/i18n/chrome.ts';
import { formKit } from '../../site/src/lib/i18n/form-kit.ts';
import { infoPageTexts } from '../../site/src/lib/i18n/info-page-texts.ts';
import { questionForm } from '../../site/src/lib/i18n/question-form.ts';
import type { Catalog } from './catalog-texts.ts';

export const catalogs = {
  chrome,
  formKit,
  fieldMessages,
  vocabularyLabels,
  questionForm,
  questionOwnMessages,
  questionMailTexts,
  replyMailTexts,
  chooserTexts,
  oudercafeTexts,
  signUpMessages,
  meetingAnswers,
  meetingMailTexts,
  infoPageTexts,
  privacyTexts,
  accessibilityTexts,
} satisfies Record<string, Catalog>;
