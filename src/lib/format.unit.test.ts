import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime } from './format.ts';

// The console writes dates and counts as English does, by hand (no Intl formatter on a list's
// first render): they read exactly as the browser's own en-US medium style would write them.
const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const dayAndTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
/** ICU puts a narrow no-break space before AM/PM; the console a plain one. */
const plain = (text: string) => text.replace(/\u202f/g, ' ');

describe('format', () => {
  const moments = [
    new Date(2026, 11, 5, 0, 7), // just after midnight: 12:07 AM
    new Date(2026, 0, 1, 12, 0), // noon: 12:00 PM
    new Date(2025, 5, 30, 23, 59),
    new Date(1999, 8, 9, 9, 5),
  ];

  it.each(moments)('writes %s as the en-US medium style does, in local time', (moment) => {
    const iso = moment.toISOString();
    expect(formatDate(iso)).toBe(plain(day.format(moment)));
    expect(formatDateTime(iso)).toBe(plain(dayAndTime.format(moment)));
  });

  it('shows a dash for no date and an unreadable one as the server sent it', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});
