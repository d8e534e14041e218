/**
 * Per-SWV theming. Each SWV picks one brand colour (`profile.theme.primary`); the other
 * colours are derived from it here, at build time, as plain hex values, so that contrast
 * checkers (and axe) can read them. The tokens feed the NL Design System (Utrecht)
 * components through CSS custom properties, see styles/theme.css.
 */

/** The neutral colour of the portal's own pages (the SWV chooser). */
export const portalPrimary = '#3d4a5c';

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Geen geldige kleur: ${hex} (gebruik #rrggbb)`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Mix `hex` with `other`; `amount` is the share of `other` (0..1). */
function mix(hex: string, other: string, amount: number): string {
  const a = parseHex(hex);
  const b = parseHex(other);
  return toHex([0, 1, 2].map((i) => a[i]! * (1 - amount) + b[i]! * amount) as Rgb);
}

function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface Theme {
  primary: string;
  primaryDark: string;
  primaryTint: string;
  primaryBorder: string;
}

/**
 * The colours of one theme. Throws when the brand colour is too light for white text and
 * for links on white (WCAG 1.4.3 asks 4.5:1), so a bad colour fails the build.
 */
export function makeTheme(primary: string, owner = 'het thema'): Theme {
  const ratio = contrast(primary, '#ffffff');
  if (ratio < 4.5) {
    throw new Error(
      `De kleur ${primary} van ${owner} heeft te weinig contrast met wit (${ratio.toFixed(2)}:1, minstens 4.5:1 nodig).`,
    );
  }
  return {
    primary,
    primaryDark: mix(primary, '#000000', 0.3),
    primaryTint: mix(primary, '#ffffff', 0.92),
    primaryBorder: mix(primary, '#ffffff', 0.6),
  };
}

/** The custom properties a page sets on :root for its theme. */
export function themeCss(theme: Theme): string {
  return `html:root{--swv-primary:${theme.primary};--swv-primary-dark:${theme.primaryDark};--swv-primary-tint:${theme.primaryTint};--swv-primary-border:${theme.primaryBorder};}`;
}
