/** The route chooser in English (made by an AI assistant; no person has checked it yet). */
import type { TranslatedChooserTexts } from '../chooser-texts.ts';

export const en: TranslatedChooserTexts = {
  name: 'Complaint or dispute',
  description:
    'Which way fits when you disagree with the school or the school partnership? Answer a few questions.',
  previous: 'Previous question',
  intro:
    'You answer a few questions. Then you see which way fits, where to go and how much time you have. We do not keep anything you choose. Would you rather read everything? See {link}.',
  allOnOnePage: 'complaints, disputes and objections',
  answersSoFar: 'Your answers so far',
  yourAnswers: 'What you answered',
  change: 'Change',
  changeWhich: 'your answer to: {question}',
  askForHelp: 'Ask the support point for help with this way',
  startAgain: 'Start again',
  attention: 'Please note:',
  questions: {
    over: {
      text: 'What is it about?',
      hint: 'Choose what fits best. Does more than one fit? Then choose what matters most now.',
      options: {
        tlv: 'A decision of the school partnership about a [[toelaatbaarheidsverklaring (TLV)]], the statement that your child may go to special education',
        toelating: 'A school does not accept your child, or has no place',
        verwijdering: 'The school wants to send your child away (removal from school)',
        schorsing: 'Your child has been suspended',
        opp: 'The development plan ([[OPP]]) of your child',
        thuiszitten: 'Your child stays at home and does not go to school',
        'gelijke-behandeling':
          'Your child is treated unequally, for example because of a disability or illness',
        gedrag: 'Something a person at the school or the school partnership did or decided',
        steunpunt: 'You have a complaint about the support point itself',
      },
    },
    besluit: {
      text: 'Do you have the decision of the school on paper?',
      hint: 'A letter and an email both count. A plan of the school also counts: a decision the school intends to take. For the [[OPP]], it is the [[OPP]] the school has set.',
      options: { ja: 'Yes, I have a letter or email', nee: 'No, not yet' },
    },
    school: {
      text: 'Is it a public school or a special (denominational) school?',
      hint: 'A denominational school is based on a religion or its own view. For example a Catholic, Christian or Steiner school. It is often on the school’s website.',
      options: {
        openbaar: 'A public school',
        bijzonder: 'A denominational school',
        'weet-niet': 'I do not know',
      },
    },
    gesproken: {
      text: 'Have you already talked about this with the school or the school partnership?',
      options: { ja: 'Yes, but it is not solved', nee: 'No, not yet' },
    },
  },
  outcomeTitles: {
    'praat-met-school': 'First talk to the school',
    klacht: 'Make a complaint to the school or the national complaints committee',
    gpo: 'Go to the disputes committee for extra support in education',
    'bezwaar-tlv': 'Object to the decision about the TLV',
    schorsing: 'Your child has been suspended: what can you do?',
    thuiszitten: 'Help when your child stays at home',
    'gelijke-behandeling': 'Go to the Netherlands Institute for Human Rights',
    'klacht-over-steunpunt': 'A complaint about the support point',
  },
  deadlineForm: {
    heading: 'How much time do you have?',
    labelDecision: 'When did you get the decision?',
    labelEvent: 'When did it happen?',
    hint: {
      lkc: 'Enter the day it happened. For example {example}.',
      gpo: 'Enter the day you got the decision or the intended decision. For example {example}.',
      bezwaar:
        'Enter the day you got the letter or email with the decision. For example {example}.',
    },
    rule: {
      bezwaar: [
        'You have {term}. The time starts on the day after the day you got the decision. Your last day is the same day of the week, {term} later.',
        'Is that day a Saturday, a Sunday or a public holiday? Then you may still send it on the first day after it that is not a Saturday, Sunday or public holiday.',
        'Do you send your objection by email? Then it must arrive before the end of your last day. Do you post a letter in time? Then it may arrive up to one week later.',
      ],
      gpo: [
        'You have {term}. The time starts on the day after the day you got the decision or the intended decision. Your last day is the same day of the week, {term} later.',
        'Keep to that day, also when it is in a weekend or on a public holiday. That is the safe date.',
      ],
      lkc: [
        'You have {term}, from the day it happened. After that it is usually too late. This time limit does not move.',
      ],
    },
  },
  deadline: {
    lang: 'en',
    lastDay: 'Your last day is {date}.',
    passed:
      'That day has already passed. Sometimes it is still possible: a late request is sometimes still accepted if you explain well why you are late. Ask the support point for help.',
    today: 'Today is your last day.',
    daysLeft: { one: 'You have {days} day left.', other: 'You have {days} days left.' },
    moved:
      'The {term} actually end on {date}. That day is: {reason}. That is why your last day moves.',
    sendBezwaar:
      'Do you send your objection by email? Then it must arrive before the end of that day. Do you post a letter in time? Then it may arrive up to one week later.',
    calendarUnknown:
      'We do not know yet which days off the government will add that year. Check the date again later.',
    gpoSafe: 'This is the safe date: exactly {term}, without extension.',
    restDays: {
      zaterdag: 'a Saturday',
      zondag: 'a Sunday',
      'Goede Vrijdag': 'Good Friday',
      Nieuwjaarsdag: 'New Year’s Day',
      'Eerste Paasdag': 'Easter Sunday',
      'Tweede Paasdag': 'Easter Monday',
      Koningsdag: 'King’s Day',
      Bevrijdingsdag: 'Liberation Day',
      Hemelvaartsdag: 'Ascension Day',
      'Eerste Pinksterdag': 'Whit Sunday',
      'Tweede Pinksterdag': 'Whit Monday',
      'Eerste Kerstdag': 'Christmas Day',
      'Tweede Kerstdag': 'Boxing Day',
      'door de regering vastgestelde vrije dag': 'a day off set by the government',
    },
  },
  outcomes: {
    'praat-met-school': {
      summary:
        'There is no decision yet, or you have not talked to the school about it yet. Then start with a talk with the school. You can often solve it together.',
      whereToGo:
        'You do not need to send anything. Contact the school and ask for a talk. The support point can help you prepare the talk.',
    },
    klacht: {
      summary:
        'Have you already talked to the school, but is the problem still there? Then you can make a complaint to the complaints committee of the school, for example the [[Landelijke Klachtencommissie Onderwijs (LKC)]].',
      whereToGo:
        'Send your complaint to the complaints committee of the school. The school guide says which committee that is.',
    },
    gpo: {
      summary:
        'Do you disagree with the school board about the admission, the removal or the [[OPP]] of your child? Then you can bring your case to the disputes committee, the [[Geschillencommissie Passend Onderwijs (GPO)]].',
      whereToGo:
        'You file your case online with the [[Geschillencommissie Passend Onderwijs]]. You do not need a lawyer.',
    },
    'bezwaar-tlv': {
      summary:
        'Do you disagree with the decision of the school partnership about a [[toelaatbaarheidsverklaring (TLV)]]? Then you can object (make a [[bezwaar]]) to the school partnership. Do it within {{term:objection}}.',
      whereToGo:
        'Send your objection to the school partnership that took the decision. Sign it and add a copy of the decision.',
    },
    schorsing: {
      summary:
        'Has your child been suspended? Then your child may not go to class for a short time. The school must follow rules, and you can object to the decision.',
      whereToGo:
        'Send your objection to the school board. The letter about the suspension says how and where. If it does not, ask the school.',
    },
    thuiszitten: {
      summary:
        'Does your child no longer go to school, or only a few hours a week? Your child still has a right to education every day. The school stays responsible.',
      whereToGo:
        'Start with the school and ask for a talk. The support point thinks along with you for free. Has your child been at home for more than {{term:homeBeforeConsultant}}? Then you can sign up with the [[onderwijsconsulenten]] (education consultants).',
    },
    'gelijke-behandeling': {
      summary:
        'Do you think the school treats your child differently because of a disability or chronic illness? Then you can ask the [[College voor de Rechten van de Mens]] for a judgement.',
      whereToGo: 'Ask for a judgement at the [[College voor de Rechten van de Mens]], online.',
    },
    'klacht-over-steunpunt': {
      summary:
        'Are you not happy with the help of the support point? Maybe you got no answer, or you did not feel heard. Then you may complain about it.',
      whereToGo:
        'First tell the person who helped you, or the coordinator of the support point. The contact details of the support point are at the bottom of every page.',
    },
  },
  flagNotes: {
    'parallel-bezwaar':
      'Your child goes to a public school. Then also object to the school board within {{term:objection}}, next to your case at the [[GPO]]. This keeps the way to the court open.',
    'school-onbekend':
      'Do you not know whether the school is public or denominational? Ask the school, or look in the school guide. At a public school you also object to the school board within {{term:objection}}. Do not wait: the time is already running.',
  },
  whereToGo: 'Where do you go?',
  checkDutch: 'No person has checked this outcome yet. Check it in the Dutch text.',
  checkDeadline: 'No person has checked this time limit yet. Check it in the Dutch text.',
  readInDutch: 'Read the whole explanation of this step',
  askQuestion: 'Ask your question',
  postalAddress: 'The postal address of {name} is:',
  noPostalAddress:
    'We do not have the postal address of {name} yet. Look on the website of the school partnership or in the letter with the decision.',
};
