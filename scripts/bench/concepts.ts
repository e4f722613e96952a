import {
  evaluate,
  extractors,
  fieldSets,
  junkShare,
  TOP,
} from '../../tests/fingerprint/eval/evaluate.ts';
import { row, type Goal } from './support.ts';

const percent = (value: number) => `${(100 * value).toFixed(1)} %`;

/**
 * Recall of author keywords in the top concepts (keywords withheld) on both evaluation sets, by
 * field, for the derived fingerprint and the baselines (RAKE, TextRank, YAKE!, noun phrases by
 * frequency) on the same abstracts; and the share of junk concepts by the rule in
 * `tests/fingerprint/eval/junk.ts`.
 */
export function conceptsBench(): Goal[] {
  const fields = fieldSets();
  const names = Object.keys(extractors);
  const total = fields.reduce((sum, f) => sum + f.documents.length, 0);
  console.log(
    `\n## Concepts (${total} abstracts in ${fields.length} fields, author keywords withheld, recall in the top ${TOP})\n`,
  );
  console.log(row('set', 'field', 'abstracts', ...names));
  console.log(row('---', '---', '---:', ...names.map(() => '---:')));
  const groups = [
    ...fields.map((f) => ({ set: f.set, field: f.field, documents: f.documents })),
    ...[...new Set(fields.map((f) => f.set))].map((set) => ({
      set,
      field: 'all',
      documents: fields.filter((f) => f.set === set).flatMap((f) => f.documents),
    })),
  ];
  const recall = new Map<string, Record<string, number>>();
  for (const group of groups) {
    const scores = Object.fromEntries(
      names.map((name) => [name, evaluate(extractors[name] ?? (() => []), group.documents).recall]),
    );
    recall.set(`${group.set}/${group.field}`, scores);
    console.log(
      row(
        group.set,
        group.field,
        String(group.documents.length),
        ...names.map((name) => percent(scores[name] ?? 0)),
      ),
    );
  }
  const all = fields.flatMap((f) => f.documents);
  const junk = junkShare(all);
  console.log(
    `\nJunk among the derived top ${TOP} (${junk.concepts} concepts): ${percent(junk.share)}` +
      ` (${Object.entries(junk.kinds)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ')})`,
  );
  const ours = (key: string) => recall.get(key)?.['Derived fingerprint'] ?? 0;
  const beatsEverywhere = fields.every((f) => {
    const scores = recall.get(`${f.set}/${f.field}`) ?? {};
    const derived = scores['Derived fingerprint'] ?? 0;
    return names.every((name) => name === 'Derived fingerprint' || derived > (scores[name] ?? 0));
  });
  const sets = [...new Set(fields.map((f) => f.set))];
  const [first = '', second = ''] = sets;
  return [
    [`recall on ${first} ≥ 40 %`, ours(`${first}/all`) >= 0.4, percent(ours(`${first}/all`))],
    [`recall on ${second} ≥ 30 %`, ours(`${second}/all`) >= 0.3, percent(ours(`${second}/all`))],
    ['ahead of every baseline in every field', beatsEverywhere, `${fields.length} fields`],
    [`junk among the top ${TOP} ≤ 5 %`, junk.share <= 0.05, percent(junk.share)],
  ];
}
