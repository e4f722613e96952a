import type { ReactNode } from 'react';
import { directionRuns } from '../text/bidi';
import type { Rich } from './rich';

/** Text with each right-to-left run isolated, so a name keeps its direction and its commas. */
function Directional({ text }: { text: string }) {
  return directionRuns(text).map((run, i) => (run.rtl ? <bdi key={i}>{run.text}</bdi> : run.text));
}

/** A formatted citation: its runs in italics, bold, small capitals, sub- and superscript. */
export function RichText({ rich }: { rich: Rich }) {
  return rich.map((part, i) => {
    // Tested here: rich.ts's isBreak would bring all of that module into the page's first JS.
    if ('break' in part) return <br key={i} />;
    let node: ReactNode = <Directional text={part.text} />;
    if (part.smallCaps) node = <span className="small-caps">{node}</span>;
    if (part.sub) node = <sub>{node}</sub>;
    if (part.sup) node = <sup>{node}</sup>;
    if (part.italic) node = <i>{node}</i>;
    if (part.bold) node = <b>{node}</b>;
    return <span key={i}>{node}</span>;
  });
}
