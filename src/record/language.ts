/**
 * Portal language names ("English (US)") as BCP 47 tags, which CSL processors, `lang` attributes
 * and Highwire `citation_language` read.
 */
const LANGUAGE_TAGS: Record<string, string> = {
  english: 'en',
  'english (us)': 'en-US',
  'english (uk)': 'en-GB',
  german: 'de',
  french: 'fr',
  spanish: 'es',
  portuguese: 'pt',
  italian: 'it',
  dutch: 'nl',
  danish: 'da',
  swedish: 'sv',
  norwegian: 'no',
  finnish: 'fi',
  icelandic: 'is',
  polish: 'pl',
  czech: 'cs',
  hungarian: 'hu',
  greek: 'el',
  turkish: 'tr',
  russian: 'ru',
  ukrainian: 'uk',
  arabic: 'ar',
  hebrew: 'he',
  persian: 'fa',
  chinese: 'zh',
  japanese: 'ja',
  korean: 'ko',
};

const BCP47 = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** The BCP 47 tag of a portal language name, or the name as written when it is not known. */
export function languageTag(language: string): string {
  return LANGUAGE_TAGS[language.trim().toLowerCase()] ?? language;
}

/**
 * The BCP 47 tag of a portal language name for a `lang` attribute ("en-US" for "English (US)"),
 * or undefined when it is not known: an attribute is better left out than guessed. Head tags and
 * every file write `languageTag`, the same tag (or the name as written), so a reference manager
 * stores one value whichever it reads.
 */
export function langAttribute(language: string): string | undefined {
  const tag = languageTag(language);
  return BCP47.test(tag) ? tag : undefined;
}

/** "english (us)" as the portal writes it: "English (US)". */
const portalName = (key: string) =>
  key
    .replace(/^[a-z]/, (c) => c.toUpperCase())
    .replace(/\((\w+)\)/, (_, r: string) => `(${r.toUpperCase()})`);

const PORTAL_NAMES = new Map(
  Object.entries(LANGUAGE_TAGS).map(([key, tag]) => [tag.toLowerCase(), portalName(key)]),
);

/**
 * The portal's name for a language a source writes as a code ("en-US" → "English (US)", MEDLINE's
 * "eng" → "English"); a name, or a code nobody knows, is kept as written.
 */
export function languageName(language: string): string {
  const written = language.trim();
  const known = PORTAL_NAMES.get(written.toLowerCase());
  if (known) return known;
  if (!BCP47.test(written)) return written;
  try {
    const name = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(written);
    return name && !written.includes('-') ? name : written;
  } catch {
    return written;
  }
}
