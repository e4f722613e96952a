import { slugWords } from '../text/slug';
import type { CslName } from '../record/schema';
import type { CslItem } from './csl';
import { monthName } from '../record/date';

/**
 * BibTeX from CSL-JSON, written here rather than by citation-js, whose BibTeX output drops names
 * and titles in non-Latin scripts. UTF-8 by default (biber and modern BibTeX read it); `ascii`
 * writes Latin letters as LaTeX commands and keeps any other character as it is (so a name in
 * Chinese never vanishes), and `untransliterated` says which characters those are.
 */
export interface BibtexOptions {
  ascii: boolean;
}

/**
 * BibTeX counts every brace, escaped or not, so `\{` would unbalance a field and make BibTeX and
 * biber skip the entry: braces and backslashes become text commands inside a balanced group.
 */
const SPECIALS: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030A': 'r',
  '\u030B': 'H',
  '\u030C': 'v',
  '\u0323': 'd',
  '\u0327': 'c',
  '\u0328': 'k',
  '\u0331': 'b',
};

const LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ø: '{\\o}',
  Ø: '{\\O}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
  ȷ: '{\\j}',
  đ: '{\\dj}',
  Đ: '{\\DJ}',
  '–': '--',
  '—': '---',
  '‘': '`',
  '’': "'",
  '“': '``',
  '”': "''",
};

function escapeChar(char: string, ascii: boolean): string {
  const special = SPECIALS[char];
  if (special) return special;
  if (!ascii || char.charCodeAt(0) < 0x80) return char;
  const letter = LETTERS[char];
  if (letter) return letter;
  // A letter with one or more accents: "é" is {\'e}, "ç" is {\c{c}}, and "ộ" (o, dot below,
  // circumflex) stacks them innermost first, {\^{\d{o}}}.
  const [base = '', ...marks] = Array.from(char.normalize('NFD'));
  const commands = marks.map((mark) => ACCENTS[mark]);
  if (base.charCodeAt(0) >= 0x80 || commands.length === 0) return char;
  let out = base;
  for (const [index, command] of commands.entries()) {
    if (!command) return char;
    const symbol = !/[a-z]/i.test(command);
    out = symbol && index === 0 ? `\\${command}${out}` : `\\${command}{${out}}`;
  }
  return `{${out}}`;
}

/** Escapes every LaTeX special character; the result always has balanced braces. */
export function escapeLatex(text: string, ascii = false): string {
  return Array.from(text.normalize('NFC'), (char) => escapeChar(char, ascii)).join('');
}

/** Keeps capitals as written: words with a capital after the title's first letter are braced. */
function protectCase(title: string, ascii: boolean): string {
  return title
    .split(/(\s+)/)
    .map((word, index) => {
      const escaped = escapeLatex(word, ascii);
      const capitalAfterStart = index === 0 ? /.\p{Lu}/u.test(word) : /\p{Lu}/u.test(word);
      return capitalAfterStart ? `{${escaped}}` : escaped;
    })
    .join('');
}

function bibName(name: CslName, ascii: boolean): string {
  if (name.literal) return `{${escapeLatex(name.literal, ascii)}}`;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ');
  const parts = [family, name.suffix, given]
    .filter(Boolean)
    .map((p) => escapeLatex(p ?? '', ascii));
  return parts.join(', ');
}

const KEY_STOPWORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'and', 'to', 'with']);

const asciiWord = (text: string) => slugWords(text, { ascii: true }).join('');

/** A readable key: first author's family name, year, first significant title word ("kumar2005drug"). */
export function citationKey(item: CslItem): string {
  const first = item.author[0];
  const who = asciiWord((first?.family ?? first?.literal ?? '').split(/\s+/)[0] ?? '');
  const year = item.issued ? String(item.issued['date-parts'][0][0]) : '';
  const word =
    item.title
      .split(/[^\p{L}\p{N}]+/u)
      .map(asciiWord)
      .find((w) => w !== '' && !KEY_STOPWORDS.has(w)) ?? '';
  return `${who}${year}${word}` || 'untitled';
}

const MONTH_MACROS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

export function toBibtex(item: CslItem, options: BibtexOptions = { ascii: false }): string {
  const { ascii } = options;
  const fields: [string, string][] = [];
  const text = (name: string, value: string | undefined) => {
    if (value) fields.push([name, `{${escapeLatex(value, ascii)}}`]);
  };
  fields.push(['title', `{${protectCase(item.title, ascii)}}`]);
  if (item.author.length > 0) {
    fields.push(['author', `{${item.author.map((n) => bibName(n, ascii)).join(' and ')}}`]);
  }
  text('journal', item['container-title']);
  const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
  if (year !== undefined) fields.push(['year', `{${year}}`]);
  if (month !== undefined)
    fields.push(['month', MONTH_MACROS[month - 1] ?? `{${monthName(month)}}`]);
  if (day !== undefined) fields.push(['day', `{${day}}`]);
  text('volume', item.volume);
  text('number', item.issue);
  if (item.page) fields.push(['pages', `{${escapeLatex(item.page, ascii).replace(/-+/, '--')}}`]);
  // biblatex reads `doi` verbatim, so it is written as it is; braces, which no real DOI has
  // unbalanced, are percent-encoded as a resolver reads them.
  if (item.DOI) fields.push(['doi', `{${item.DOI.replace(/\{/g, '%7B').replace(/\}/g, '%7D')}}`]);
  text('issn', item.ISSN);
  text('language', item.language);
  text('abstract', item.abstract?.replace(/\s*\n\s*\n\s*/g, '\n\n'));
  // biblatex splits `keywords` at commas: the list is written the way it reads it back.
  text('keywords', item.keywords?.join(', '));
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@article{${citationKey(item)},\n${body}\n}\n`;
}
