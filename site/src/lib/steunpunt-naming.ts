/**
 * How the site names a steunpunt. Only a name a source gives (`nameIsOwn`) is used as a
 * proper name; otherwise the site says what the steunpunt does and whom it is for, and
 * running text says "het steunpunt". A parent who looks a name up elsewhere must find
 * the organisation we named.
 */
import type { SwvEntry } from './swv';

export interface SteunpuntNaming {
  /** The organisation's own name, only when a source gives it. */
  ownName?: string;
  /** The home page's H1. */
  heading: string;
  /** The home page's lead starts with this; it says whom the steunpunt is for. */
  forWhom: string;
  /** After every page title, and under the SWV's name in the header. */
  siteName: string;
  /** Inside a sentence: "Steunpunt Amstel & Meer" or "het steunpunt". */
  inText: string;
}

const describedHeading = 'Hulp bij passend onderwijs';

export function steunpuntNaming(swv: SwvEntry): SteunpuntNaming {
  const { steunpunt, data } = swv;
  if (steunpunt.nameIsOwn) {
    return {
      ownName: steunpunt.name,
      heading: steunpunt.name,
      forWhom: 'Voor ouders en jongeren',
      siteName: steunpunt.name,
      inText: steunpunt.name,
    };
  }
  return {
    heading: describedHeading,
    forWhom: `Het ouder- en jeugdsteunpunt bij ${data.shortName}. Voor ouders en jongeren`,
    siteName: `${describedHeading}, ${data.shortName}`,
    inText: 'het steunpunt',
  };
}
