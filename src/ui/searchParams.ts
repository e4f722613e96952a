/**
 * The search string with `name` set to `value` (or removed when null); every other parameter is
 * kept byte for byte, so one feature's state in the URL never disturbs another's.
 */
export function withSearchParam(search: string, name: string, value: string | null): string {
  const rest = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && part !== name && !part.startsWith(`${name}=`));
  if (value !== null) rest.push(`${name}=${encodeURIComponent(value)}`);
  return rest.length > 0 ? `?${rest.join('&')}` : '';
}

/** The raw value of `name` in a search string, or null. */
export function searchParam(search: string, name: string): string | null {
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === name) return '';
    if (part.startsWith(`${name}=`)) return decodeURIComponent(part.slice(name.length + 1));
  }
  return null;
}
