import { formatCount } from '../../../lib/format.ts';

/** "+1,200", "−8": the sign says which way the samples went. */
export function formatSigned(value: number, sign: '+' | '−'): string {
  return value === 0 ? '0' : `${sign}${formatCount(value)}`;
}
