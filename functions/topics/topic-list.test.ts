import { describe, expect, it } from 'vitest';
import {
  acceptsTopic,
  defaultTopicSettings,
  labelOf,
  mergedTopics,
  offeredTopics,
  planTopics,
} from './topic-list.ts';
import { nationalTopics, ownTopicKeyPattern, type TopicSettings } from './topic-schema.ts';

const nationalKeys = Object.keys(nationalTopics);

const settings = (overrides: Partial<TopicSettings> = {}): TopicSettings => ({
  ...defaultTopicSettings,
  ...overrides,
});

const withOwn = settings({
  hiddenNational: ['examen-vo', 'overstap'],
  own: [
    { key: 'eigen-aaaa1111', label: 'Leerlingenvervoer', hidden: false },
    { key: 'eigen-bbbb2222', label: 'Oude regeling', hidden: true },
  ],
  version: 3,
});

describe('the merged topic list', () => {
  it('is the national list, "Iets anders" last, while a steunpunt has chosen nothing', () => {
    const merged = mergedTopics(defaultTopicSettings);
    expect(merged.map((t) => t.key)).toEqual([
      ...nationalKeys.filter((k) => k !== 'anders'),
      'anders',
    ]);
    expect(merged.every((t) => t.national && !t.hidden)).toBe(true);
    expect(offeredTopics(defaultTopicSettings)).toEqual(
      merged.map(({ key, label }) => ({ key, label })),
    );
  });

  it('puts own topics after the national ones and before "Iets anders", hidden ones marked', () => {
    const merged = mergedTopics(withOwn);
    expect(merged.at(-1)).toMatchObject({ key: 'anders', hidden: false });
    expect(merged.at(-3)).toEqual({
      key: 'eigen-aaaa1111',
      label: 'Leerlingenvervoer',
      national: false,
      hidden: false,
    });
    expect(merged.at(-2)).toMatchObject({ key: 'eigen-bbbb2222', hidden: true });
    expect(merged.find((t) => t.key === 'examen-vo')).toMatchObject({ hidden: true });
    expect(merged).toHaveLength(nationalKeys.length + 2);
  });

  it('offers only what is not hidden, and never hides "Iets anders"', () => {
    const offered = offeredTopics({ ...withOwn, hiddenNational: ['examen-vo', 'anders'] });
    const keys = offered.map((t) => t.key);
    expect(keys).not.toContain('examen-vo');
    expect(keys).not.toContain('eigen-bbbb2222');
    expect(keys).toContain('eigen-aaaa1111');
    expect(keys.at(-1)).toBe('anders');
  });

  it('accepts national and own keys of this steunpunt only, and labels old keys', () => {
    expect(acceptsTopic(withOwn, 'examen-vo')).toBe(true); // hidden, still harmless
    expect(acceptsTopic(withOwn, 'eigen-bbbb2222')).toBe(true);
    expect(acceptsTopic(withOwn, 'eigen-cccc3333')).toBe(false);
    expect(acceptsTopic(defaultTopicSettings, 'eigen-aaaa1111')).toBe(false);
    expect(acceptsTopic(withOwn, 'toString')).toBe(false);
    expect(labelOf(withOwn, 'eigen-bbbb2222')).toBe('Oude regeling');
    expect(labelOf(withOwn, 'opp')).toBe(nationalTopics.opp);
    expect(labelOf(defaultTopicSettings, 'eigen-zzzz9999')).toBe('eigen-zzzz9999');
  });
});

describe('planTopics', () => {
  const input = (over: Partial<Parameters<typeof planTopics>[1]> = {}) => ({
    hiddenNational: ['examen-vo', 'overstap'],
    own: withOwn.own.map(({ key, label, hidden }) => ({ key, label, hidden })),
    version: 3,
    ...over,
  });

  it('adds a topic with a stable key, renames and hides, keeping the given order', () => {
    const plan = planTopics(
      withOwn,
      input({
        own: [
          { label: '  Vervoer   naar school ', hidden: false },
          { key: 'eigen-bbbb2222', label: 'Oude regeling', hidden: false },
          { key: 'eigen-aaaa1111', label: 'Leerlingenvervoer (oud)', hidden: true },
        ],
      }),
      'request-key-1',
    );
    expect(plan.kind).toBe('ok');
    if (plan.kind !== 'ok') return;
    const [added, ...rest] = plan.settings.own;
    expect(added!.key).toMatch(ownTopicKeyPattern);
    expect(added!.label).toBe('Vervoer   naar school');
    expect(rest).toEqual([
      { key: 'eigen-bbbb2222', label: 'Oude regeling', hidden: false },
      { key: 'eigen-aaaa1111', label: 'Leerlingenvervoer (oud)', hidden: true },
    ]);
    // A retry of the same request makes the same key.
    const again = planTopics(
      withOwn,
      input({ own: [{ label: 'X'.repeat(5), hidden: false }] }),
      'k',
    );
    const twice = planTopics(
      withOwn,
      input({ own: [{ label: 'X'.repeat(5), hidden: false }] }),
      'k',
    );
    expect(again).toEqual(twice);
  });

  it('refuses short, long and duplicate names per row, in the order of the page', () => {
    const plan = planTopics(
      defaultTopicSettings,
      {
        hiddenNational: [],
        own: [
          { label: 'ab', hidden: false },
          { label: 'Goed onderwerp', hidden: false },
          { label: 'x'.repeat(81), hidden: false },
          { label: 'goed  ONDERWERP', hidden: false },
          { label: 'Iets anders', hidden: false },
          { label: '   ', hidden: false },
        ],
        version: 0,
      },
      'key',
    );
    expect(plan).toEqual({
      kind: 'invalid',
      errors: [
        { field: 'own.0.label', message: 'De naam is te kort. Gebruik minstens 3 tekens' },
        { field: 'own.2.label', message: 'De naam is te lang. Gebruik hoogstens 80 tekens' },
        {
          field: 'own.3.label',
          message: 'Er is al een onderwerp dat ‘goed  ONDERWERP’ heet. Kies een andere naam',
        },
        {
          field: 'own.4.label',
          message: 'Er is al een onderwerp dat ‘Iets anders’ heet. Kies een andere naam',
        },
        { field: 'own.5.label', message: 'Vul de naam van het onderwerp in' },
      ],
    });
  });

  it('never hides "Iets anders" or a made-up national topic', () => {
    expect(planTopics(withOwn, input({ hiddenNational: ['anders'] }), 'k')).toEqual({
      kind: 'invalid',
      errors: [
        {
          field: 'hiddenNational',
          message: 'Het onderwerp ‘Iets anders’ staat altijd op het formulier',
        },
      ],
    });
    expect(planTopics(withOwn, input({ hiddenNational: ['verzonnen'] }), 'k')).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'hiddenNational', message: 'Kies een landelijk onderwerp uit de lijst' }],
    });
  });

  it('never deletes an own topic, nor takes a key it does not know', () => {
    const firstError = (plan: ReturnType<typeof planTopics>) =>
      plan.kind === 'invalid' ? plan.errors[0] : undefined;
    const dropped = planTopics(withOwn, input({ own: [input().own[0]!] }), 'k');
    expect(firstError(dropped)).toEqual({
      field: 'own',
      message: expect.stringMatching(/kan niet weg.*Verberg het/),
    });
    const foreign = planTopics(
      withOwn,
      input({
        own: [...input().own, { key: 'eigen-ffff0000', label: 'Van elders', hidden: false }],
      }),
      'k',
    );
    expect(firstError(foreign)).toEqual({
      field: 'own',
      message: expect.stringMatching(/bestaat niet/),
    });
    const twice = planTopics(withOwn, input({ own: [...input().own, input().own[0]!] }), 'k');
    expect(firstError(twice)).toEqual({
      field: 'own',
      message: expect.stringMatching(/twee keer/),
    });
  });
});
