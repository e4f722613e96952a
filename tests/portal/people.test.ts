import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/read';
import {
  aggregateFingerprint,
  coauthorsOf,
  gatherPeople,
  identityKey,
} from '../../src/portal/people';
import { termKey } from '../../src/text/match';

const record = (id: string, authors: object[]) =>
  parseRecord({ id, title: `Record ${id}`, authors }).value;

describe('who is the same person', () => {
  it.each<[string, object, object, boolean]>([
    [
      'the same full name',
      { given: 'Shaji', family: 'Kumar' },
      { given: 'Shaji', family: 'Kumar' },
      true,
    ],
    [
      'the same name in other case and spacing',
      { given: 'Shaji ', family: 'KUMAR' },
      { given: 'shaji', family: 'Kumar' },
      true,
    ],
    [
      'initials with and without full stops',
      { given: 'Kenneth C.', family: 'Anderson' },
      { given: 'Kenneth C', family: 'Anderson' },
      true,
    ],
    [
      'an initial and a given name',
      { given: 'S.', family: 'Kumar' },
      { given: 'Shaji', family: 'Kumar' },
      false,
    ],
    [
      'names that differ by an accent',
      { given: 'Jan', family: 'Müller' },
      { given: 'Jan', family: 'Muller' },
      false,
    ],
    [
      'one ORCID, two spellings',
      { given: 'Shaji K.', family: 'Kumar', orcid: '0000-0002-1825-0097' },
      { given: 'S.', family: 'Kumar', orcid: '0000-0002-1825-0097' },
      true,
    ],
    [
      'the same name, two ORCIDs',
      { given: 'Jan', family: 'Berg', orcid: '0000-0002-1825-0097' },
      { given: 'Jan', family: 'Berg', orcid: '0000-0001-5109-3700' },
      false,
    ],
    [
      'the same name, one with an ORCID',
      { given: 'Jan', family: 'Berg', orcid: '0000-0002-1825-0097' },
      { given: 'Jan', family: 'Berg' },
      false,
    ],
    [
      'an organisation by its name',
      { literal: 'World Health Organization' },
      { literal: 'world health organization' },
      true,
    ],
    ['a person and an organisation of one name', { literal: 'Kumar' }, { family: 'Kumar' }, false],
  ])('%s: %s', (_name, a, b, same) => {
    const [first, second] = record('x', [a, b]).authors;
    if (!first || !second) throw new Error('two authors expected');
    expect(identityKey(first) === identityKey(second)).toBe(same);
  });
});

describe('the portal’s people', () => {
  const records = [
    record('one', [
      { given: 'Shaji', family: 'Kumar', affiliations: ['Mayo Clinic'] },
      { given: 'Kenneth C.', family: 'Anderson' },
    ]),
    record('two', [
      { given: 'Shaji', family: 'Kumar', affiliations: ['Mayo Clinic', 'Rochester'] },
      { given: 'S.', family: 'Kumar' },
      { literal: 'International Myeloma Working Group' },
    ]),
    record('three', [{ given: 'Jan', family: 'Berg', orcid: '0000-0002-1825-0097' }]),
    record('four', [
      { given: 'J.', family: 'Berg', orcid: 'https://orcid.org/0000-0002-1825-0097' },
    ]),
  ];
  const people = gatherPeople(records);

  it('gives each a readable address and keeps their records', () => {
    expect([...people.byId.keys()].sort()).toEqual([
      '0000-0002-1825-0097',
      'anderson-kenneth-c',
      'international-myeloma-working-group',
      'kumar-s',
      'kumar-shaji',
    ]);
    expect(people.byId.get('kumar-shaji')).toMatchObject({
      kind: 'person',
      name: 'Shaji Kumar',
      sortName: 'Kumar, Shaji',
      records: ['one', 'two'],
      affiliations: ['Mayo Clinic', 'Rochester'],
    });
    expect(people.byId.get('0000-0002-1825-0097')).toMatchObject({
      orcid: '0000-0002-1825-0097',
      records: ['three', 'four'],
    });
    expect(people.byId.get('international-myeloma-working-group')?.kind).toBe('organisation');
    expect(people.authorsOf.get('two')).toEqual([
      'kumar-shaji',
      'kumar-s',
      'international-myeloma-working-group',
    ]);
  });

  it('names people with a similar name instead of joining them', () => {
    expect(people.similar.get('kumar-shaji')).toEqual(['kumar-s']);
    expect(people.similar.get('kumar-s')).toEqual(['kumar-shaji']);
    expect(people.similar.get('anderson-kenneth-c')).toBeUndefined();
  });

  it('gives two names of one slug an address each', () => {
    const twins = gatherPeople([
      record('a', [{ given: 'Jan', family: 'Müller' }]),
      record('b', [{ given: 'Jan', family: 'Muller' }]),
    ]);
    const ids = [...twins.byId.keys()];
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^muller-jan-[0-9a-f]{6}$/);
  });

  it('counts co-authors by the records they share', () => {
    const kumar = people.byId.get('kumar-shaji');
    if (!kumar) throw new Error('no Kumar');
    expect(coauthorsOf(kumar, people)).toEqual([
      { id: 'anderson-kenneth-c', shared: 1 },
      { id: 'international-myeloma-working-group', shared: 1 },
      { id: 'kumar-s', shared: 1 },
    ]);
  });
});

describe('a person’s fingerprint', () => {
  it('sums each concept’s weights across their records and normalises the top to 100 %', () => {
    const aggregated = aggregateFingerprint(
      [
        [
          { concept: 'Multiple myeloma', weight: 100 },
          { concept: 'Stroma', weight: 40 },
        ],
        [
          { concept: 'multiple myeloma', weight: 50 },
          { concept: 'Thalidomide', weight: 100 },
        ],
      ],
      termKey,
    );
    expect(aggregated).toEqual([
      { concept: 'Multiple myeloma', weight: 100, records: 2, weights: [100, 50] },
      { concept: 'Thalidomide', weight: 67, records: 1, weights: [100] },
      { concept: 'Stroma', weight: 27, records: 1, weights: [40] },
    ]);
  });

  it('has nothing to show without fingerprints', () => {
    expect(aggregateFingerprint([], termKey)).toEqual([]);
  });
});
