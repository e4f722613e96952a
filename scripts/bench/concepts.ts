import { evaluate, evaluationSet, extractors, TOP } from '../../tests/fingerprint/eval/evaluate.ts';
import { row, type Goal } from './support.ts';

/**
 * Recall of author keywords in the derived fingerprint's top concepts (keywords withheld) on the
 * evaluation abstracts, against plain RAKE and TextRank on the same abstracts.
 */
export function conceptsBench(): Goal[] {
  const documents = evaluationSet();
  const keywords = documents.reduce((sum, d) => sum + d.keywords.length, 0);
  console.log(
    `\n## Concepts (${documents.length} abstracts, ${keywords} author keywords withheld, top ${TOP})\n`,
  );
  console.log(row('method', 'recall', 'recall of keywords in the text', 'precision'));
  console.log(row('---', '---:', '---:', '---:'));
  const recall: Record<string, number> = {};
  const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
  for (const [name, extract] of Object.entries(extractors)) {
    const score = evaluate(extract, documents);
    recall[name] = score.recall;
    console.log(
      row(name, percent(score.recall), percent(score.recallPresent), percent(score.precision)),
    );
  }
  const ours = recall['Derived fingerprint'] ?? 0;
  const best = Math.max(recall.RAKE ?? 0, recall.TextRank ?? 0);
  return [
    [
      'derived fingerprint recalls more author keywords than RAKE and TextRank',
      ours > best,
      `${percent(ours)} vs ${percent(best)}`,
    ],
  ];
}
