/**
 * A back-office table: a scrollable region named by its caption (so a keyboard user can
 * scroll it), the column headings, and the rows the page gives.
 */
import type { ReactNode } from 'react';

export function DataTable(props: {
  captionId: string;
  caption: ReactNode;
  columns: readonly string[];
  children: ReactNode;
}) {
  const { captionId, caption, columns, children } = props;
  return (
    <div
      className="utrecht-table-container bo-table-wrap"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className="utrecht-table utrecht-table--html-table bo-table">
        <caption className="utrecht-table__caption bo-table__caption" id={captionId}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th className="utrecht-table__header-cell" scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
