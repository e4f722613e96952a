import { evaluateRanker, rankers, relatedSet } from '../../tests/portal/eval/evaluate.ts';
import { row, type Goal } from './support.ts';

/**
 * Related records as retrieval: nDCG@5 on 590 real BMC articles, relevance by shared author
 * keywords (withheld from every method), Lectern's ranking against BM25 over title and abstract.
 */
export function relatedBench(): Goal[] {
  const documents = relatedSet();
  console.log(
    `\n## Related records (${documents.length} BMC articles, relevance by shared author keywords, withheld)\n`,
  );
  console.log(row('method', 'nDCG@5', 'ms'));
  console.log(row('---', '---:', '---:'));
  const scores: Record<string, number> = {};
  for (const [name, rank] of Object.entries(rankers)) {
    const start = performance.now();
    scores[name] = evaluateRanker(rank, documents);
    console.log(row(name, (scores[name] ?? 0).toFixed(3), (performance.now() - start).toFixed(0)));
  }
  const ours = scores['Lectern: words, authors and concepts'] ?? 0;
  const baseline = scores['BM25 (title + abstract)'] ?? 0;
  return [
    [
      'related records: nDCG@5 above BM25 on title + abstract',
      ours > baseline,
      `${ours.toFixed(3)} vs ${baseline.toFixed(3)}`,
    ],
  ];
}
