import { searchParam, withSearchParam } from '../ui/searchParams';
import { isStyleId, type StyleId } from './styleIds';

/** The style named by `?cite=`, if it is one the panel offers. */
export function readCiteParam(search: string): StyleId | null {
  const value = searchParam(search, 'cite');
  return isStyleId(value) ? value : null;
}

/** The search string with `cite` set (or removed); other parameters are kept byte for byte. */
export function writeCiteParam(search: string, style: StyleId | null): string {
  return withSearchParam(search, 'cite', style);
}
