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
  if (urlValue !== lastUrlValue) {
    setLastUrlValue(urlValue);
    if (typed.trim() !== urlValue) setTyped(urlValue);
  }
  useEffect(() => {
    if (typed.trim() === urlValue) return;
    const timer = setTimeout(() => commit(typed.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, urlValue, commit]);
  return [typed, setTyped];
}
