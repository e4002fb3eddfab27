const counts = new Intl.NumberFormat();

export function formatCount(value: number): string {
  return counts.format(value);
}

/** "+1,200", "−8": the sign says which way the samples went. */
export function formatSigned(value: number, sign: '+' | '−'): string {
  return value === 0 ? '0' : `${sign}${counts.format(value)}`;
}
