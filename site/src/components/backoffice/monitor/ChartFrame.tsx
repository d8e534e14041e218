/**
 * The frame every monitor chart shares: an SVG image named by its title and described by
 * its key sentence (`role="img"`, `<title>`, `<desc>`), and the hatch a hidden count is
 * drawn with, so a hidden bar never relies on colour alone. The chart draws its marks
 * inside, given the hatch's fill.
 */
import { useId, type ReactNode } from 'react';

export function ChartFrame(props: {
  title: string;
  description: string;
  width: number;
  height: number;
  children: (hiddenFill: string) => ReactNode;
}) {
  const { title, description, width, height, children } = props;
  // Usable in url(#…) and in aria-labelledby alike, whatever characters React's ids hold.
  const id = `grafiek${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <svg
      className="bo-chart"
      role="img"
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-uitleg`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
    >
      <title id={`${id}-titel`}>{title}</title>
      <desc id={`${id}-uitleg`}>{description}</desc>
      <defs>
        <pattern id={`${id}-verborgen`} width="6" height="6" patternUnits="userSpaceOnUse">
          <path d="M0 6 L6 0" className="bo-chart__hatch" />
        </pattern>
      </defs>
      {children(`url(#${id}-verborgen)`)}
    </svg>
  );
}
