/**
 * A step of the Markdown processor (Sätteri, Astro's default) for the tables in the
 * content. On a phone a table of three columns leaves each column so little room that its
 * words break ("Binne n"); below a breakpoint site.css stacks each row into a block
 * instead, every cell under its column's heading. This step gives the CSS what it needs:
 *
 * - `data-label` on every body cell: the heading of its column, which the CSS shows above
 *   the cell's text;
 * - the table roles written out (`table`, `rowgroup`, `row`, `columnheader`, `rowheader`,
 *   `cell`), because some browsers drop a table's semantics once CSS changes its `display`,
 *   and a screen reader should still announce a table with its headings;
 * - the class `stack-table`, so only tables made here are stacked.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';

const childElements = (element: Readonly<Element>, tagNames: readonly string[]) =>
  element.children.filter(
    (child): child is Element => child.type === 'element' && tagNames.includes(child.tagName),
  );

const sectionsOf = (table: Readonly<Element>) => childElements(table, ['thead', 'tbody', 'tfoot']);
const rowsOf = (section: Readonly<Element>) => childElements(section, ['tr']);
const cellsOf = (row: Readonly<Element>) => childElements(row, ['th', 'td']);

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function stack(table: Readonly<Element>, ctx: HastVisitorContext): void {
  const sections = sectionsOf(table);
  const head = sections.find((section) => section.tagName === 'thead');
  const headRow = head && rowsOf(head)[0];
  const labels = headRow ? cellsOf(headRow).map((cell) => textOf(cell).trim()) : [];

  const classes = (table.properties.className as string[] | undefined) ?? [];
  ctx.setProperty(table, 'className', [...classes, 'stack-table']);
  ctx.setProperty(table, 'role', 'table');
  for (const section of sections) {
    ctx.setProperty(section, 'role', 'rowgroup');
    for (const row of rowsOf(section)) {
      ctx.setProperty(row, 'role', 'row');
      cellsOf(row).forEach((cell, column) => {
        if (section === head) {
          ctx.setProperty(cell, 'role', 'columnheader');
          return;
        }
        ctx.setProperty(cell, 'role', cell.tagName === 'th' ? 'rowheader' : 'cell');
        const label = labels[column];
        if (label) ctx.setProperty(cell, 'dataLabel', label);
      });
    }
  }
}

/** The plugin: `hastPlugins` of the `satteri()` processor in astro.config.mjs. */
export const stackedTables = defineHastPlugin({
  name: 'stacked-tables',
  element: { filter: ['table'], visit: (table, ctx) => stack(table, ctx) },
});
