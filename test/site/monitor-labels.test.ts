/** How the monitor page writes a protected count and names what it counts. */
import { describe, expect, it } from 'vitest';
import {
  changeText,
  countText,
  countValue,
  valueLabel,
} from '../../site/src/components/backoffice/monitor/monitor-labels.ts';

describe('the monitor page’s words', () => {
  it('never writes a hidden count as a number', () => {
    expect(countText({ shown: true, value: 12 }, 5)).toBe('12');
    expect(countText({ shown: false, reason: 'klein' }, 5)).toBe('minder dan 5');
    expect(countText({ shown: false, reason: 'klein' }, 10)).toBe('minder dan 10');
    expect(countText({ shown: false, reason: 'afgeleid' }, 5)).toBe('verborgen');
    expect(countValue({ shown: false, reason: 'klein' })).toBeUndefined();
    expect(countValue(undefined)).toBe(0);
  });

  it('names values from the vocabularies, and a gemeente by itself', () => {
    expect(valueLabel('kind', 'complaint')).toBe('Klacht of geschil');
    expect(valueLabel('topic', 'opp')).toBe('Het ontwikkelingsperspectief (OPP)');
    expect(valueLabel('channel', 'inloop')).toBe('Inloopspreekuur');
    expect(valueLabel('route', 'weet-ik-niet')).toBe('Weet het nog niet');
    expect(valueLabel('signalCategory', 'wachttijden')).toBe('Wachttijden');
    expect(valueLabel('gemeente', 'Haarlemmermeer')).toBe('Haarlemmermeer');
    expect(valueLabel('gemeente', 'anders')).toBe('Buiten het gebied');
    expect(valueLabel('schoolType', 'onbekend')).toBe('Onbekend');
  });

  it('says a change in words', () => {
    expect(changeText(5, 9)).toBe('4 meer');
    expect(changeText(19, 15)).toBe('4 minder');
    expect(changeText(7, 7)).toBe('gelijk');
  });
});
