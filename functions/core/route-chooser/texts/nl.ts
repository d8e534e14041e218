/**
 * The route chooser in Dutch: the questions, options and titles come from questions.ts and
 * outcomes.ts (Dutch is written there once); the texts around them are here.
 */
import type { ChooserTexts, QuestionTexts } from '../chooser-texts.ts';
import { outcomes } from '../outcomes.ts';
import { questions } from '../questions.ts';
import { nlDeadline } from './nl-deadline.ts';

const questionTexts = Object.fromEntries(
  questions.map((question) => [
    question.id,
    {
      text: question.text,
      ...('hint' in question ? { hint: question.hint } : {}),
      options: Object.fromEntries(question.options.map((option) => [option.value, option.label])),
    },
  ]),
) as QuestionTexts;

export const nl: ChooserTexts = {
  name: 'Klacht of geschil',
  description:
    'Welke weg past als je het niet eens bent met de school of het samenwerkingsverband? Beantwoord een paar vragen.',
  previous: 'Vorige vraag',
  intro:
    'Je beantwoordt een paar vragen. Daarna zie je welke weg past, bij wie je moet zijn en hoeveel tijd je hebt. We bewaren niets van wat je kiest. Liever alles lezen? Kijk bij {link}.',
  allOnOnePage: 'klachten, geschillen en bezwaar',
  answersSoFar: 'Je antwoorden tot nu toe',
  yourAnswers: 'Wat je hebt geantwoord',
  change: 'Wijzig',
  changeWhich: 'je antwoord op: {question}',
  askForHelp: 'Vraag het steunpunt om hulp bij deze route',
  startAgain: 'Begin opnieuw',
  attention: 'Let op:',
  questions: questionTexts,
  outcomeTitles: Object.fromEntries(
    outcomes.map((outcome) => [outcome.id, outcome.title]),
  ) as ChooserTexts['outcomeTitles'],
  deadlineForm: {
    heading: 'Hoeveel tijd heb je?',
    labelDecision: 'Wanneer kreeg je het besluit?',
    labelEvent: 'Wanneer gebeurde het?',
    hint: {
      lkc: 'Vul de dag in waarop het gebeurde. Bijvoorbeeld {example}.',
      gpo: 'Vul de dag in waarop je het besluit of het voornemen kreeg. Bijvoorbeeld {example}.',
      bezwaar:
        'Vul de dag in waarop je de brief of e-mail met het besluit kreeg. Bijvoorbeeld {example}.',
    },
    rule: {
      bezwaar: [
        'Je hebt {term}. De termijn begint op de dag na de dag waarop je het besluit kreeg. Je laatste dag is dan dezelfde dag van de week, {term} later.',
        'Valt die dag op een zaterdag, een zondag of een feestdag? Dan mag het ook nog op de eerste dag daarna die geen zaterdag, zondag of feestdag is.',
        'Stuur je je bezwaar per e-mail? Dan moet het binnen zijn voor het einde van je laatste dag. Doe je een brief op tijd op de post? Dan mag die tot een week later aankomen.',
      ],
      gpo: [
        'Je hebt {term}. De termijn begint op de dag na de dag waarop je het besluit of het voornemen kreeg. Je laatste dag is dan dezelfde dag van de week, {term} later.',
        'Houd die dag aan, ook als hij in een weekend of op een feestdag valt. Dat is de veilige datum.',
      ],
      lkc: [
        'Je hebt {term}, vanaf de dag waarop het gebeurde. Daarna is het meestal te laat. Deze termijn schuift niet op.',
      ],
    },
  },
  deadline: nlDeadline,
};
