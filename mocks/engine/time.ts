// Every datetime the mock emits has microseconds and a numeric UTC offset
// (`2026-05-01T12:00:00.123456+00:00`): the SDK's strictest parser needs exactly that shape.
export function isoMicro(date: Date | number): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  // toISOString() gives milliseconds and `Z`; pad to microseconds and spell the offset out.
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');
}

export const DAY_MS = 24 * 60 * 60 * 1000;
