import { browserBench } from './browser.ts';
import { conceptsBench } from './concepts.ts';
import { matchingBench } from './matching.ts';
import { pageLoadBench } from './pageload.ts';
import { portalBench } from './portal.ts';
import { relatedBench } from './related.ts';
import { machineLoad, type Goal } from './support.ts';

/** Each part of `npm run bench`, by the name that runs it alone (`npm run bench -- portal`). */
export const PARTS: Record<string, () => Goal[] | Promise<Goal[]>> = {
  matching: matchingBench,
  concepts: conceptsBench,
  related: relatedBench,
  browser: browserBench,
  pageload: pageLoadBench,
  portal: portalBench,
};

/**
 * Runs the parts asked for (all by default), then lists each goal as met or missed. The machine
 * is shared and noisy: its load is printed before and after, so figures can be read against it.
 */
export async function main(asked: readonly string[]): Promise<void> {
  const unknown = asked.filter((name) => !(name in PARTS));
  if (unknown.length > 0) {
    throw new Error(
      `No benchmark called ${unknown.join(', ')}; there are ${Object.keys(PARTS).join(', ')}.`,
    );
  }
  console.log(`Machine at the start: ${machineLoad()}.`);
  const goals: Goal[] = [];
  for (const [name, part] of Object.entries(PARTS)) {
    if (asked.length === 0 || asked.includes(name)) goals.push(...(await part()));
  }
  console.log(`\nMachine at the end: ${machineLoad()}.`);
  console.log('\n## Goals\n');
  for (const [goal, met, value] of goals)
    console.log(`- ${met ? 'met   ' : 'MISSED'} ${goal}: ${value}`);
}
