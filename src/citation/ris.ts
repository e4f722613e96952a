import type { CslName } from '../record/schema';
import { nameParts, type CslItem } from './csl';
import { invertName } from '../record/format';

/**
 * RIS from CSL-JSON, written here because citation-js wraps every line at 70 characters, mid-word.
 * One tag per line, CRLF line ends, values on one line, the full title in TI.
 */
/**
 * An organisation is written as named; one whose name has a comma or no space also gets a
 * trailing comma, EndNote's mark of a corporate author (Lectern's import honours it; readers that
 * split every comma, citation-js and Zotero among them, cannot tell such a name from a person's).
 */
function risName(name: CslName): string {
  if (name.literal === undefined) return invertName(nameParts(name));
  return /,|^\S+$/.test(name.literal) ? `${name.literal},` : name.literal;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Pure's type of output ("Review article", the breadcrumb's second level) is written as M3. */
export function toRis(item: CslItem): string {
  const outputType = item.genre?.split('›')[1]?.trim();
  const lines: string[] = ['TY  - JOUR'];
  const tag = (name: string, value: string | undefined) => {
    if (value && value.trim() !== '') lines.push(`${name}  - ${oneLine(value)}`);
  };
  tag('TI', item.title);
  for (const author of item.author) tag('AU', risName(author));
  const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
  if (year !== undefined) {
    tag('PY', String(year));
    const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
    tag('DA', `${year}/${pad(month)}/${pad(day)}/`);
  }
  tag('T2', item['container-title']);
  tag('VL', item.volume);
  tag('IS', item.issue);
  const [first, last] = (item.page ?? '').split('-');
  tag('SP', first);
  tag('EP', last);
  tag('SN', item.ISSN);
  tag('DO', item.DOI);
  tag('UR', item.URL);
  tag('LA', item.language);
  tag('M3', outputType);
  for (const keyword of item.keywords ?? []) tag('KW', keyword);
  tag('AB', item.abstract);
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}
