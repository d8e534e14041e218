import { describe, expect, it } from 'vitest';
import {
  apiQuery,
  queryString,
  readQuery,
} from '../../site/src/components/backoffice/cases/inbox-query.ts';

describe('the inbox URL', () => {
  it('keeps the order and the deadline filter, and asks the API for them', () => {
    const query = readQuery('?status=open&sort=termijn&termijn=binnenkort&kind=complaint');
    expect(query).toMatchObject({ sort: 'termijn', deadline: 'binnenkort', kind: 'complaint' });
    expect(queryString(query)).toBe('?kind=complaint&sort=termijn&termijn=binnenkort');
    expect(readQuery(queryString(query))).toEqual(query);
    expect(apiQuery(query)).toMatchObject({ sort: 'termijn', termijn: 'binnenkort' });
  });

  it('leaves newest first and no deadline filter out of the URL and the API query', () => {
    const query = readQuery('?sort=nieuwste');
    expect(query).toMatchObject({ sort: 'nieuwste', deadline: '' });
    expect(queryString(query)).toBe('');
    const asked = apiQuery(query);
    expect(asked).not.toHaveProperty('sort');
    expect(asked).not.toHaveProperty('termijn');
  });

  it('ignores an order or a deadline filter it does not know', () => {
    expect(readQuery('?sort=oudste&termijn=morgen')).toMatchObject({
      sort: 'nieuwste',
      deadline: '',
    });
  });

  it('keeps the language and tolk filters in the URL and asks the API for them', () => {
    const query = readQuery('?lang=tr&tolk=1&status=nieuw');
    expect(query).toMatchObject({ lang: 'tr', tolk: '1', status: 'nieuw' });
    expect(queryString(query)).toBe('?status=nieuw&lang=tr&tolk=1');
    expect(readQuery(queryString(query))).toEqual(query);
    expect(apiQuery(query)).toMatchObject({ lang: 'tr', tolk: '1' });
    expect(apiQuery(readQuery('?tolk=0'))).toMatchObject({ tolk: '0' });
    expect(apiQuery(readQuery(''))).not.toHaveProperty('lang');
  });

  it('ignores a language or tolk value it does not know', () => {
    expect(readQuery('?lang=fr&tolk=ja')).toMatchObject({ lang: '', tolk: '' });
  });
});
