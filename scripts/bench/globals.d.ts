/** What the benchmarks' in-page observers keep on the window while they measure. */
interface Window {
  __longest: number;
  __interactions: Map<number, number>;
  /** Each click's time from its input to the frame after it, in ms, newest last. */
  __frames: number[];
}

declare module 'highlight-words-core' {
  export function findAll(options: {
    searchWords: string[];
    textToHighlight: string;
    autoEscape?: boolean;
  }): { start: number; end: number; highlight: boolean }[];
}

/** Event Timing's option (in Chromium since 2021), not yet in TypeScript's DOM library. */
interface PerformanceObserverInit {
  durationThreshold?: number;
}
