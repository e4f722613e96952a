import { isStyleId, type StyleId } from './styles';

const CITE = /(^|&)cite=([^&]*)/;

/** The style named by `?cite=`, if it is one the panel offers. */
export function readCiteParam(search: string): StyleId | null {
  const value = CITE.exec(search.replace(/^\?/, ''))?.[2];
  return isStyleId(value) ? value : null;
}

/** The search string with `cite` set (or removed); other parameters are kept byte for byte. */
export function writeCiteParam(search: string, style: StyleId | null): string {
  const rest = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('cite='));
  if (style) rest.push(`cite=${style}`);
  return rest.length > 0 ? `?${rest.join('&')}` : '';
}
