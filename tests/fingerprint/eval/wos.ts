/**
 * Reads Web of Science "Other reference software" exports (tagged lines, as in
 * `bmc-2019.wos.txt`): a two-letter tag, a space and a value; continuation lines start with three
 * spaces. Continued titles and keyword lists are one line wrapped; a continued abstract is a new
 * paragraph. Only the fields the evaluation needs are kept.
 */
export interface EvalDocument {
  doi: string;
  journal: string;
  year: string;
  title: string;
  /** Abstract paragraphs. */
  paragraphs: string[];
  /** Author keywords (the DE field). */
  keywords: string[];
  /** Authors as the AU field writes them ("Kumar, S"), in order. */
  authors: string[];
}

export function parseWos(text: string): EvalDocument[] {
  const documents: EvalDocument[] = [];
  let fields = new Map<string, string[]>();
  let tag = '';
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('   ') && tag !== '') {
      fields.get(tag)?.push(line.trim());
      continue;
    }
    tag = line.slice(0, 2);
    if (tag === 'ER') {
      documents.push(toDocument(fields));
      fields = new Map();
      tag = '';
    } else if (/^[A-Z][A-Z0-9]$/.test(tag)) {
      fields.set(tag, [line.slice(3).trim()]);
    }
  }
  return documents;
}

function toDocument(fields: Map<string, string[]>): EvalDocument {
  const joined = (tag: string) => (fields.get(tag) ?? []).join(' ');
  return {
    doi: joined('DI'),
    journal: joined('SO'),
    year: joined('PY'),
    title: joined('TI'),
    paragraphs: fields.get('AB') ?? [],
    authors: fields.get('AU') ?? [],
    keywords: joined('DE')
      .split(';')
      .map((k) => k.trim())
      .filter((k) => k !== ''),
  };
}
