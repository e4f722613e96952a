import { describe, expect, it } from 'vitest';
import { findOccurrences, prepareText, toRanges, type Range } from '../../src/text/match';
import { seed } from '../fixtures/records';

/** The matched texts of one term, in order. */
function found(text: string | string[], term: string): string[] {
  const segments = Array.isArray(text) ? text : [text];
  const occurrences = findOccurrences(prepareText(segments), [{ id: 't', text: term }]).get('t');
  return (occurrences ?? []).map((o) => (segments[o.segment] ?? '').slice(o.start, o.end));
}

/** Where a term matches, drawn under the text: `^^^^` marks each occurrence. */
function ruler(text: string, term: string): string {
  const occurrences =
    findOccurrences(prepareText([text]), [{ id: 't', text: term }]).get('t') ?? [];
  const line = Array.from({ length: text.length }, () => ' ');
  for (const o of occurrences) for (let i = o.start; i < o.end; i++) line[i] = '^';
  return line.join('').trimEnd();
}

describe('case and diacritics', () => {
  it.each([
    ['naive', 'A naïve approach', ['naïve']],
    ['naive', 'NAÏVE approach', ['NAÏVE']],
    ['naive', 'nai\u0308ve approach', ['nai\u0308ve']],
    ['naïve', 'a naive one', ['naive']],
    ['THALIDOMIDE', 'thalidomide and Thalidomide', ['thalidomide', 'Thalidomide']],
    ['fine', 'the ﬁne print', ['ﬁne']],
  ])('%s in %j', (term, text, expected) => {
    expect(found(text, term)).toEqual(expected);
  });

  it('keeps offsets into the original text, never splitting a mark from its letter', () => {
    const text = 'x nai\u0308ve y';
    expect(ruler(text, 'naive')).toBe('  ^^^^^^');
  });
});

describe('whole words and inflections', () => {
  it.each([
    ['stroma', 'bone marrow stromal cells', ['stromal']],
    ['derivative', 'its immunomodulatory derivatives', ['derivatives']],
    ['drug', 'new drugs and one drug', ['drugs', 'drug']],
    ['drugs', 'a drug', ['drug']],
    ['myeloma', 'myelomas', ['myelomas']],
    ['trial', 'we try', []],
    ['cell', 'cellar', []],
    ['MM', 'mmHg', []],
    ['marrow', 'marrows and bonemarrow', ['marrows']],
    ['model', 'mode', []],
  ])('%s in %j', (term, text, expected) => {
    expect(found(text, term)).toEqual(expected);
  });
});

describe('British and American spellings', () => {
  it.each([
    ['tumor', 'tumour cells and tumours', ['tumour', 'tumours']],
    ['tumour', 'a tumor', ['tumor']],
    ['anemia', 'anaemia in pregnancy', ['anaemia']],
    ['hemoglobin', 'haemoglobin', ['haemoglobin']],
    ['behavior', 'behavioural change and behaviours', ['behavioural', 'behaviours']],
    ['normalization', 'Normalisation Process Theory', ['Normalisation']],
    ['analyze', 'we analysed', ['analysed']],
    ['center', 'the centres', ['centres']],
    ['edema', 'oedema', ['oedema']],
    ['diarrhea', 'diarrhoea', ['diarrhoea']],
    ['fetal', 'foetal growth', ['foetal']],
    ['pediatric', 'paediatric wards', ['paediatric']],
    ['catalog', 'catalogues', ['catalogues']],
    ['journal', 'journey', []],
    ['hour', 'hours and honour', ['hours']],
    ['exercise', 'exercize', []],
  ])('%s in %j', (term, text, expected) => {
    expect(found(text, term)).toEqual(expected);
  });
});

describe('Arabic: the article and the proclitics are prefixes', () => {
  it.each([
    ['ورم', 'تم استئصال الورم', ['الورم']],
    ['ورم', 'والورم وبالورم للورم', ['والورم', 'وبالورم', 'للورم']],
    ['الورم', 'ورم خبيث', ['ورم']],
    ['الورم', 'الورم ولورم', ['الورم', 'ولورم']],
    ['ورم', 'ورمي', []],
    ['دم', 'الدم', ['الدم']],
    ['cell', 'المcell', []],
  ])('%s in %j', (term, text, expected) => {
    expect(found(text, term)).toEqual(expected);
  });
});

describe('phrases', () => {
  it.each([
    [
      'bone marrow',
      'bone marrow, bone-marrow, bone\n  marrow',
      ['bone marrow', 'bone-marrow', 'bone\n  marrow'],
    ],
    ['bone-marrow', 'the bone marrow', ['bone marrow']],
    ['tumor microenvironment', 'tumor. Microenvironment', []],
    ['tumor microenvironment', 'tumor microenvironments', ['tumor microenvironments']],
  ])('%s in %j', (term, text, expected) => {
    expect(found(text, term)).toEqual(expected);
  });

  it('does not run a phrase across segments (title into abstract)', () => {
    expect(found(['A study of bone', 'marrow cells'], 'bone marrow')).toEqual([]);
  });
});

describe('literal terms', () => {
  it.each([
    ['C++', 'C++ and C and C+', ['C++']],
    ['p<0.05', 'p<0.05 but not p<0.5 or p 0.05', ['p<0.05']],
    ['(R)-thalidomide', 'the (R)-thalidomide and (S)-thalidomide', ['(R)-thalidomide']],
    ['a.b', 'axb a.b a b', ['a.b']],
    ['.*', 'a.*b and ab', ['.*']],
    ['<mark>', 'the <mark> tag and mark', ['<mark>']],
    ['(', 'f(x)', ['(']],
  ])('%s in %j', (term, text, expected) => {
    expect(found(text, term)).toEqual(expected);
  });

  it('ignores empty and blank terms and de-duplicates case variants', () => {
    const prepared = prepareText(['Thalidomide works']);
    const result = findOccurrences(prepared, [
      { id: 'a', text: '' },
      { id: 'b', text: '   ' },
      { id: 'c', text: 'Thalidomide' },
      { id: 'd', text: 'THALIDOMIDE' },
    ]);
    expect([...result.keys()]).toEqual(['c']);
  });
});

describe('abbreviations the text defines', () => {
  it('finds every MM once "Multiple myeloma (MM)" is defined', () => {
    expect(found(seed.abstract, 'Multiple myeloma')).toEqual([
      'Multiple myeloma',
      'MM',
      'MM',
      'MM',
      'MM',
      'MM',
      'MM',
    ]);
  });

  it('finds the long form from the short form', () => {
    expect(found('Tumor necrosis factor (TNF) rises. TNF is high.', 'TNF')).toEqual([
      'Tumor necrosis factor',
      'TNF',
      'TNF',
    ]);
  });

  it('matches the short form with its exact case only', () => {
    expect(found('Multiple myeloma (MM) is 5 mm wide; MM again.', 'multiple myeloma')).toEqual([
      'Multiple myeloma',
      'MM',
      'MM',
    ]);
  });

  it('marks abbreviation matches as learnt', () => {
    const prepared = prepareText(['Multiple myeloma (MM) and MM.']);
    const occurrences = findOccurrences(prepared, [{ id: 'm', text: 'Multiple myeloma' }]).get('m');
    expect(occurrences?.map((o) => o.viaAbbreviation)).toEqual([false, true, true]);
  });
});

describe('scripts and symbols', () => {
  it.each([
    ['emoji', 'great 🎉 result 👩‍🔬 here', '👩‍🔬', ['👩‍🔬']],
    ['a lone emoji', 'a 👩 b', '👩', ['👩']],
    ['never inside a ZWJ sequence', 'a 👩‍🔬 b', '👩', []],
    ['RTL', 'النص العربي هنا', 'العربي', ['العربي']],
    ['Hebrew', 'שלום עולם', 'עולם', ['עולם']],
    ['CJK', '多发性 骨髓瘤', '骨髓瘤', ['骨髓瘤']],
  ])('%s', (_name, text, term, expected) => {
    expect(found(text, term)).toEqual(expected);
  });

  it('never splits a surrogate pair', () => {
    const text = 'x 𝒜bc y';
    const [occurrence] =
      findOccurrences(prepareText([text]), [{ id: 't', text: '𝒜bc' }]).get('t') ?? [];
    expect(occurrence && text.slice(occurrence.start, occurrence.end)).toBe('𝒜bc');
  });
});

describe('ranges', () => {
  const text = 'The bone marrow stromal cells and bone.';
  const prepared = prepareText([text]);
  const terms = ['bone', 'bone marrow', 'marrow stromal cells'];
  const occurrences = findOccurrences(
    prepared,
    terms.map((t) => ({ id: t, text: t })),
  );
  const [ranges = []] = toRanges([text], occurrences, terms);
  const show = (r: Range) => [text.slice(r.start, r.end), r.terms.join('+')];

  it('are flat, tagged with every term covering them', () => {
    expect(ranges.map(show)).toEqual([
      ['The ', ''],
      ['bone', 'bone+bone marrow'],
      [' ', 'bone marrow'],
      ['marrow', 'bone marrow+marrow stromal cells'],
      [' stromal cells', 'marrow stromal cells'],
      [' and ', ''],
      ['bone', 'bone'],
      ['.', ''],
    ]);
  });

  it('give back the exact input, with nothing lost or doubled', () => {
    expect(ranges.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
    ranges.forEach((r, i) => {
      expect(r.start).toBe(i === 0 ? 0 : ranges[i - 1]?.end);
    });
  });

  it('order terms by activation, not by position', () => {
    const [reordered = []] = toRanges([text], occurrences, ['marrow stromal cells', 'bone marrow']);
    expect(reordered.find((r) => text.slice(r.start, r.end) === 'marrow')?.terms).toEqual([
      'marrow stromal cells',
      'bone marrow',
    ]);
  });
});

describe('scale', () => {
  it('prepares and matches 100,000 words without backtracking blow-ups', () => {
    const words = Array.from(
      { length: 100_000 },
      (_, i) => `w${i % 5000}${i % 7 === 0 ? ' (' : ''}`,
    );
    const text = `${'a'.repeat(50_000)}! ${words.join(' ')} ${'('.repeat(10_000)}`;
    const prepared = prepareText([text]);
    const terms = Array.from({ length: 200 }, (_, i) => ({ id: `t${i}`, text: `w${i} w${i + 1}` }));
    const result = findOccurrences(prepared, terms);
    expect(result.get('t0')?.length).toBeGreaterThan(0);
  });
});
