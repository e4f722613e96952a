import { useSyncExternalStore } from 'react';

/**
 * What the highlighter last said, for a live region, kept outside React state: saying something
 * re-renders the live region alone, never the text it is about.
 */
export interface Announcer {
  announce: (message: string) => void;
  subscribe: (listener: () => void) => () => void;
  current: () => string;
}

export function createAnnouncer(): Announcer {
  let message = '';
  const listeners = new Set<() => void>();
  return {
    announce: (next) => {
      message = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    current: () => message,
  };
}

const NOTHING_SAID = () => '';

/** The announcer's last message (nothing on the server and while hydrating). */
export function useAnnouncement(announcer: Announcer): string {
  return useSyncExternalStore(announcer.subscribe, announcer.current, NOTHING_SAID);
}
