// A synchronous 64-bit FNV-1a hash (two 32-bit lanes), enough to keep raw API keys out of the
// mock's store (which the demo persists) while still finding the key a request presents.
// Not cryptography: the mock is a simulation, and the store never leaves the machine.
export function hashKey(raw: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ raw.length;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 13), 0x5bd1e995) >>> 0;
  }
  return `fnv1a:${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}
