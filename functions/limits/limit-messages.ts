/**
 * What a person reads when a limit or the form check stops them: B1 Dutch, and always
 * another way to reach the steunpunt (its contact block on every page, and the national
 * line), because the one who hits a limit may be a parent behind a busy school network.
 */
import { nationalLine } from '../core/national-line.ts';

const otherWay = `Is het dringend? Bel of mail het steunpunt. Je vindt de gegevens onderaan deze pagina. Of bel ${nationalLine.name}: ${nationalLine.phone} (gratis).`;

export const limitMessages = {
  /** Too many submissions from one client in a short time. */
  tooMany: `Er zijn in korte tijd veel formulieren verstuurd vanaf jouw internetverbinding. Daarom kun je nu even niets versturen. Probeer het over een paar minuten opnieuw. ${otherWay}`,
  /** A sign-up whose address got its day's share of mails: without its mail it has no cancel link. */
  tooManyMails: `Naar dit e-mailadres hebben we vandaag al veel berichten gestuurd. Daarom kun je je vandaag niet meer aanmelden met dit e-mailadres. Probeer het morgen opnieuw. ${otherWay}`,
  /** The proof-of-work was missing, wrong, too old or used before. */
  formCheck: `Je formulier kon niet worden verstuurd. Laad de pagina opnieuw en probeer het nog een keer. ${otherWay}`,
} as const;
