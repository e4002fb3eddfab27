import { useEffect, useState } from 'react';

// Long enough to skip the keys of one word typed at speed, short enough that results follow a pause
// at once (the benchmark budgets 400 ms from the last key to the new rows, request included).
const SEARCH_DEBOUNCE_MS = 200;

/**
 * A search box mirrored into the URL: the box answers every keystroke at once, the URL (and so
 * the request) waits for a pause in typing, and a link that changes the URL's search (a tab, the
 * navigation) puts its value back in the box. `commit` writes the trimmed text to the URL.
 */
export function useUrlSearch(
  urlValue: string,
  commit: (q: string) => void,
): [string, (text: string) => void] {
  const [typed, setTyped] = useState(urlValue);
  const [lastUrlValue, setLastUrlValue] = useState(urlValue);
  // What this box last wrote to the URL. The router renders a new URL in a transition, so on a
  // busy machine our own search can arrive after the person has typed on: that is the URL
  // catching up, not a link, and must not put the older text back in the box.
  const [committed, setCommitted] = useState<string | null>(null);
  if (urlValue !== lastUrlValue) {
    setLastUrlValue(urlValue);
    if (urlValue !== committed && typed.trim() !== urlValue) setTyped(urlValue);
  }
  useEffect(() => {
    if (typed.trim() === urlValue) return;
    const timer = setTimeout(() => {
      setCommitted(typed.trim());
      commit(typed.trim());
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, urlValue, commit]);
  return [typed, setTyped];
}
