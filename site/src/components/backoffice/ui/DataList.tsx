/** A Utrecht data list of label and value pairs: the facts of a case or of a meeting. */
import type { ReactNode } from 'react';

export function DataList({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="utrecht-data-list bo-facts">
      {items.map(([key, value]) => (
        <div className="utrecht-data-list__item bo-facts__item" key={key}>
          <dt className="utrecht-data-list__item-key bo-facts__key">{key}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
