import { memo, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDate } from '../record/date';

/** Today's calendar date where the reader is, as the page writes dates ("1 December 2026"). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return formatDate(iso) ?? iso;
}

/**
 * On paper, where the page came from and when: written as the reader prints (the browser's
 * `beforeprint`), so the address holds the highlights and style chosen, and the date is the day
 * it was printed. It is not shown on screen.
 */
export const PrintNote = memo(function PrintNote() {
  const [printed, setPrinted] = useState<{ url: string; date: string } | null>(null);
  useEffect(() => {
    const onPrint = () => {
      flushSync(() => {
        setPrinted({ url: window.location.href, date: today() });
      });
    };
    window.addEventListener('beforeprint', onPrint);
    return () => {
      window.removeEventListener('beforeprint', onPrint);
    };
  }, []);
  if (!printed) return null;
  return (
    <p className="print-note">
      Printed from {printed.url} on {printed.date}.
    </p>
  );
});
