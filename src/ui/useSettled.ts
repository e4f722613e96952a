import { useEffect, useState } from 'react';

/**
 * Whether `key` has stayed the same for `ms` milliseconds: true at once for the first key (a page
 * opened at an address), and after a pause in changes (typing) for later ones.
 */
export function useSettled(key: string, ms: number): boolean {
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(key);
    }, ms);
    return () => {
      clearTimeout(timer);
    };
  }, [key, ms]);
  return settled === key;
}
