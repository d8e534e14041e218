import { describe, expect, it } from 'vitest';
import { currentGemeenten } from './gemeente-fusies.ts';

const fusies = [
  { old: 'Langedijk', current: 'Dijk en Waard', since: '2022-01-01', source: 'test' },
  { old: 'Heerhugowaard', current: 'Dijk en Waard', since: '2022-01-01', source: 'test' },
];

describe('currentGemeenten', () => {
  it('replaces merged gemeenten by the new one, once, and sorts the Dutch way', () => {
    expect(currentGemeenten(['Langedijk', 'Alkmaar', 'Heerhugowaard', 'Bergen'], fusies)).toEqual([
      'Alkmaar',
      'Bergen',
      'Dijk en Waard',
    ]);
  });
});
