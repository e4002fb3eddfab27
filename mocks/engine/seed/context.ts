import { createRandom, type Random } from '../random.ts';
import { DAY_MS, isoMicro } from '../time.ts';

// What every seed builder shares: the PRNG, the reference time and an id minter.
// Builders work in epoch milliseconds and format with `iso` at the edge, so that every draw
// of the PRNG is independent of `now` (a different `now` shifts the dates and nothing else).
export interface SeedContext {
  rng: Random;
  now: number;
  /** A fresh 24-hex-character id (Mongo ObjectId-like), unique within the store. */
  newId(): string;
  /** A moment between minDays and maxDays before now (epoch ms). */
  daysAgo(minDays: number, maxDays: number): number;
  /** A moment in [from, to] (epoch ms); `from` when the range is empty. */
  between(from: number, to: number): number;
  iso(ms: number): string;
  /** An opaque, base64-looking stand-in for encrypted data (Fernet-like; never a real value). */
  opaque(): string;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function createContext(seed: number, now: number): SeedContext {
  const rng = createRandom(seed);
  const ids = new Set<string>();
  return {
    rng,
    now,
    newId(): string {
      for (;;) {
        const id = rng.hex(24);
        if (!ids.has(id)) {
          ids.add(id);
          return id;
        }
      }
    },
    daysAgo(minDays: number, maxDays: number): number {
      return now - Math.round((minDays + rng.next() * (maxDays - minDays)) * DAY_MS);
    },
    between(from: number, to: number): number {
      if (to <= from) return from;
      return from + Math.floor(rng.next() * (to - from));
    },
    iso: isoMicro,
    opaque(): string {
      let out = 'gAAAAAB';
      for (let i = 0; i < 113; i++) out += BASE64URL.charAt(rng.int(0, 63));
      return `${out}==`;
    },
  };
}

/** Lowercase, with every run of characters that are not letters or digits turned into `-`. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `Tomás Herrera` → `tomas.herrera` (the local part of a generated email address). */
export function emailLocalPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}
