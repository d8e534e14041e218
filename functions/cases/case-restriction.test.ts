import { describe, expect, it } from 'vitest';
import type { Staff } from '../auth/tenant-access.ts';
import { restrictionFilter } from './case-restriction.ts';

const staff = (role: Staff['role']): Staff => ({
  userId: 'u-1',
  name: 'Iemand',
  email: 'iemand@steunpunt.example',
  role,
  steunpunt: 'sp',
});

describe('restrictionFilter', () => {
  it('gives a medewerker unrestricted cases and their own, whoever left', () => {
    const filter = restrictionFilter(staff('medewerker'), ['u-2']);
    expect(filter.condition).toBe(
      '(attribute_not_exists(#restrictedTo) OR #restrictedTo IN (:restricted0))',
    );
    expect(filter.values).toEqual({ ':restricted0': 'USER#u-1' });
  });

  it('gives a coördinator the cases held by a person no longer in the directory', () => {
    const filter = restrictionFilter(staff('coordinator'), ['u-1', 'u-2']);
    expect(filter.condition).toBe(
      '(attribute_not_exists(#restrictedTo) OR #restrictedTo IN (:restricted0, :restricted1) OR (begins_with(#restrictedTo, :heldByPerson) AND NOT (#restrictedTo IN (:stillThere0, :stillThere1))))',
    );
    expect(filter.values).toMatchObject({
      ':heldByPerson': 'USER#',
      ':stillThere0': 'USER#u-1',
      ':stillThere1': 'USER#u-2',
    });
    // Without the directory (not read), nothing more than before.
    expect(restrictionFilter(staff('coordinator')).condition).not.toContain('begins_with');
  });

  it('splits a large directory below DynamoDB’s 100 operands of one IN', () => {
    const directory = Array.from({ length: 200 }, (_, index) => `u-${index}`);
    const filter = restrictionFilter(staff('coordinator'), directory);
    const lists = [...filter.condition.matchAll(/NOT \(#restrictedTo IN \(([^)]*)\)\)/g)];
    expect(lists).toHaveLength(3);
    for (const [, list] of lists) expect(list!.split(', ').length).toBeLessThan(100);
    expect(Object.keys(filter.values).filter((key) => key.startsWith(':stillThere'))).toHaveLength(
      200,
    );
  });
});
