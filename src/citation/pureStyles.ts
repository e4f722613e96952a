import type { CslName } from '../record/schema';
import { nameParts, type CslItem } from './csl';
import { invertName } from '../record/format';
import { normalise, type Rich } from './rich';

/**
 * Pure's own "Author" and "Standard" formats (see README, "Citing"): shapes read from
 * Pure portals, filled only with what the record holds.
 */
const MAX_NAMED = 3;

function invertedName(name: CslName): string {
  return name.literal ?? invertName(nameParts(name), { suffix: false });
}

function names(item: CslItem, separator: string): string {
  const named = item.author.slice(0, MAX_NAMED).map(invertedName).join(separator);
  return item.author.length > MAX_NAMED ? `${named} et al.` : named;
}

const withStop = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** "Vol. 2, No. 5" with only what is known. */
function volumeIssue(item: CslItem): string {
  return [item.volume && `Vol. ${item.volume}`, item.issue && `No. ${item.issue}`]
    .filter(Boolean)
    .join(', ');
}

export function pureAuthor(item: CslItem): Rich {
  const year = item.issued?.['date-parts'][0][0];
  const parts: Rich = [];
  const authors = names(item, ' ; ');
  if (authors) parts.push({ text: `${authors} / ` });
  parts.push({ text: withStop(item.title), bold: true });
  if (item['container-title']) parts.push({ text: ` In: ${withStop(item['container-title'])}` });
  const when = [year !== undefined ? String(year) : '', volumeIssue(item)].filter(Boolean);
  if (when.length > 0) parts.push({ text: ` ${withStop(when.join(' ; '))}` });
  if (item.page) parts.push({ text: ` ${item.page.includes('-') ? 'pp.' : 'p.'} ${item.page}.` });
  return normalise(parts);
}

/** dd.mm.yyyy, mm.yyyy or yyyy: as precise as the record. */
function dottedDate(item: CslItem): string {
  const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
  if (year === undefined) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return [day, month]
    .filter((n) => n !== undefined)
    .map(pad)
    .concat(String(year))
    .join('.');
}

export function pureStandard(item: CslItem): Rich {
  const outputType = item.genre;
  const parts: Rich = [{ text: withStop(item.title), bold: true }];
  const authors = names(item, '; ');
  if (authors) parts.push({ text: ` / ${authors}` });
  const source = [
    item['container-title'] ? `In: ${item['container-title']}` : '',
    volumeIssue(item),
    dottedDate(item),
    item.page ? `p. ${item.page}` : '',
  ].filter(Boolean);
  if (source.length > 0) {
    parts.push({ break: true });
    parts.push({ text: withStop(source.join(', ')) });
  }
  if (outputType) {
    parts.push({ break: true }, { break: true }, { text: `Research output: ${outputType}` });
  }
  return normalise(parts);
}
