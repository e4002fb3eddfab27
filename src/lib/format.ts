// Made on first use: building a formatter loads locale data, a cost no page should pay at start.
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
const relative = once(() => new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * 10000 → "10,000" (a whole number, grouped in thousands as in English), without
 * `Intl.NumberFormat`: the first one loads locale data, 40–60 ms inside a list's first render.
 */
export function formatCount(value: number): string {
  return String(Math.trunc(value)).replace(THOUSANDS, ',');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// Dates as English's medium style writes them ("Dec 5, 2026", "Dec 5, 2026, 3:07 PM"), in the
// browser's time zone, without `Intl.DateTimeFormat`: the first one loads locale data and its
// pattern generator, 40–110 ms inside a list's first render (measured on the secrets list, whose
// every row has a date). The console's words are English; its dates and counts are too.

function dayText(d: Date): string {
  return `${MONTHS[d.getMonth()] ?? ''} ${String(d.getDate())}, ${String(d.getFullYear())}`;
}

function timeText(d: Date): string {
  const hours = d.getHours();
  const minutes = String(d.getMinutes()).padStart(2, '0');
  return `${String(hours % 12 || 12)}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

function parsed(iso: string): Date | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = parsed(iso);
  return d ? `${dayText(d)}, ${timeText(d)}` : iso;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = parsed(iso);
  return d ? dayText(d) : iso;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 hours ago", "in 6 days". */
export function formatRelative(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return '—';
  const seconds = (new Date(iso).getTime() - now) / 1000;
  if (Number.isNaN(seconds)) return iso;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative().format(Math.round(seconds / size), unit);
  }
  return relative().format(Math.round(seconds), 'second');
}
