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
 * LaTeX's special characters in forms that BibTeX, biber and pdflatex take and Zotero's BibTeX
 * import reads back: `\^{}` and `\~{}` (Zotero reads the tilde as "∼"), `\{…\}` for a pair of
 * braces (BibTeX counts every brace, escaped or not, so only a pair keeps a field balanced).
 * A lone brace and the backslash have no form Zotero reads back: they are written as LaTeX's
 * text commands, which Zotero keeps as written ("\textbackslash").
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
  '~': '\\~{}',
  '^': '\\^{}',
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

/**
 * Letters and punctuation with a LaTeX command that pdflatex typesets in its default encoding
 * and Zotero reads back as the same character. Others (œ, đ, ȷ, which Zotero misreads as "øe",
 * "\dj", "\j") stay as written; the modifier apostrophe of "Thiongʼo", which no LaTeX font
 * has, is written as the closing quote it looks like.
 */
const LETTERS: Record<string, string> = {
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  ø: '{\\o}',
  Ø: '{\\O}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
  '–': '--',
  '—': '---',
  '‘': '{\\textquoteleft}',
  '’': '{\\textquoteright}',
  ʼ: '{\\textquoteright}',
  '“': '``',
  '”': "''",
};

/** Characters the ASCII option writes as another that looks the same (see `LETTERS`). */
export const APPROXIMATED = new Set(['ʼ']);

function escapeChar(char: string, ascii: boolean): string {
  const special = SPECIALS[char];
  if (special) return special;
  if (!ascii || char.charCodeAt(0) < 0x80) return char;
  const letter = LETTERS[char];
  if (letter) return letter;
  // A letter with one accent: "é" is {\'e}, "ç" is {\c c}, the forms Zotero reads back. A letter
  // with two ("ễ", "ộ") stays as written: LaTeX can stack them, Zotero cannot read them stacked.
  const [base = '', ...marks] = Array.from(char.normalize('NFD'));
  const command = marks.length === 1 && marks[0] ? ACCENTS[marks[0]] : undefined;
  if (base.charCodeAt(0) >= 0x80 || !command) return char;
  const symbol = !/[a-z]/i.test(command);
  return symbol ? `{\\${command}${base}}` : `{\\${command} ${base}}`;
}

/**
 * Every character of `text` escaped, one entry per code point; a brace that has its pair is
 * escaped as itself (`\{`, `\}`), which every reader takes, a lone one as a text command.
 */
function escapedChars(text: string, ascii: boolean): { char: string; tex: string }[] {
  const chars = Array.from(text.normalize('NFC'));
  const paired = new Set<number>();
  const open: number[] = [];
  chars.forEach((char, index) => {
    if (char === '{') open.push(index);
    const opener = char === '}' ? open.pop() : undefined;
    if (opener !== undefined) paired.add(opener).add(index);
  });
  return chars.map((char, index) => ({
    char,
    tex: paired.has(index) ? `\\${char}` : escapeChar(char, ascii),
  }));
}

/** Escapes every LaTeX special character; the result always has balanced braces. */
export function escapeLatex(text: string, ascii = false): string {
  return escapedChars(text, ascii)
    .map((c) => c.tex)
    .join('');
}

/** Keeps capitals as written: words with a capital after the title's first letter are braced. */
function protectCase(title: string, ascii: boolean): string {
  const words: { text: string; tex: string; space: boolean }[] = [];
  for (const { char, tex } of escapedChars(title, ascii)) {
    const space = /\s/.test(char);
    const last = words[words.length - 1];
    if (last && last.space === space) {
      last.text += char;
      last.tex += tex;
    } else {
      words.push({ text: char, tex, space });
    }
  }
  return words
    .map(({ text, tex, space }, index) => {
      if (space) return tex;
      const capitalAfterStart = index === 0 ? /.\p{Lu}/u.test(text) : /\p{Lu}/u.test(text);
      return capitalAfterStart ? `{${tex}}` : tex;
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
  // As `doi`, read verbatim by biblatex; an address has no braces.
  if (item.URL) fields.push(['url', `{${item.URL}}`]);
  text('language', item.language);
  text('abstract', item.abstract?.replace(/\s*\n\s*\n\s*/g, '\n\n'));
  // biblatex splits `keywords` at commas: the list is written the way it reads it back.
  text('keywords', item.keywords?.join(', '));
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@article{${citationKey(item)},\n${body}\n}\n`;
}
