// A bzip2 decompressor, for the zip entries the SDK writes with `upload_plugin(optimize=True)`
// (Python's zipfile.ZIP_BZIP2). Plugin archives are small, so it favours plainness over speed:
// bits are read one at a time. Every block's CRC is checked, so a bug or a damaged archive is
// reported rather than decoded into garbage.
//
// Why not a library: this code also runs in the browser (the demo's MSW worker bundle), and the
// maintained pure-JS decoder, seek-bzip (2.0.0), allocates with Node's global `Buffer`
// (`new Buffer(…)` in lib/index.js and lib/bitreader.js): in a browser it throws "Buffer is not
// defined" on the first block (checked in Node with `delete globalThis.Buffer`). Vite adds no
// Node polyfills, so using it would mean shipping a Buffer polyfill in the demo for one codec;
// the streaming alternative (unbzip2-stream) needs Node streams as well.

const BLOCK_MAGIC = 0x314159265359;
const END_MAGIC = 0x177245385090;
const MAX_CODE_LENGTH = 20;
const SYMBOLS_PER_SELECTOR = 50;

class BitReader {
  private position = 0;
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  bit(): number {
    const byte = this.bytes[this.position >>> 3];
    if (byte === undefined) throw new Error('unexpected end of the bzip2 data');
    const bit = (byte >>> (7 - (this.position & 7))) & 1;
    this.position += 1;
    return bit;
  }

  /** Up to 32 bits as an unsigned number (48-bit magics go through `bits48`). */
  bits(count: number): number {
    let value = 0;
    for (let i = 0; i < count; i++) value = value * 2 + this.bit();
    return value;
  }

  bits48(): number {
    return this.bits(24) * 0x1000000 + this.bits(24);
  }

  alignToByte(): void {
    this.position = Math.ceil(this.position / 8) * 8;
  }

  get atEnd(): boolean {
    return this.position >= this.bytes.length * 8;
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    table[i] = c >>> 0;
  }
  return table;
})();

function crc32(data: readonly number[]): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc = ((crc << 8) ^ (CRC_TABLE[((crc >>> 24) ^ byte) & 0xff] ?? 0)) >>> 0;
  }
  return ~crc >>> 0;
}

interface HuffmanTable {
  minLength: number;
  limit: number[];
  base: number[];
  perm: number[];
}

function huffmanTable(lengths: readonly number[]): HuffmanTable {
  const minLength = Math.min(...lengths);
  const maxLength = Math.max(...lengths);
  const perm: number[] = [];
  for (let length = minLength; length <= maxLength; length++) {
    lengths.forEach((l, symbol) => {
      if (l === length) perm.push(symbol);
    });
  }
  const limit = new Array<number>(MAX_CODE_LENGTH + 2).fill(-1);
  const base = new Array<number>(MAX_CODE_LENGTH + 2).fill(0);
  const countOf = new Array<number>(MAX_CODE_LENGTH + 2).fill(0);
  for (const length of lengths) countOf[length] = (countOf[length] ?? 0) + 1;
  // Canonical codes: `limit[n]` is the largest code of length n, `base[n]` maps a code of
  // length n to its index in `perm`.
  let code = 0;
  let index = 0;
  for (let length = minLength; length <= maxLength; length++) {
    const count = countOf[length] ?? 0;
    base[length] = code - index;
    code += count;
    index += count;
    limit[length] = code - 1;
    code <<= 1;
  }
  return { minLength, limit, base, perm };
}

function decodeSymbol(reader: BitReader, table: HuffmanTable): number {
  let length = table.minLength;
  let code = reader.bits(length);
  while (length <= MAX_CODE_LENGTH) {
    if (code <= (table.limit[length] ?? -1)) {
      const symbol = table.perm[code - (table.base[length] ?? 0)];
      if (symbol === undefined) break;
      return symbol;
    }
    code = code * 2 + reader.bit();
    length += 1;
  }
  throw new Error('invalid Huffman code in the bzip2 data');
}

function readBlock(reader: BitReader, blockSize: number): { output: number[]; crc: number } {
  const expectedCrc = reader.bits(32);
  if (reader.bit()) throw new Error('randomised bzip2 blocks are not supported');
  const origin = reader.bits(24);

  // The bytes the block uses.
  const used: number[] = [];
  const ranges = reader.bits(16);
  for (let i = 0; i < 16; i++) {
    if (ranges & (0x8000 >>> i)) {
      const bits = reader.bits(16);
      for (let j = 0; j < 16; j++) if (bits & (0x8000 >>> j)) used.push(i * 16 + j);
    }
  }
  if (used.length === 0) throw new Error('a bzip2 block uses no bytes');
  const alphabetSize = used.length + 2;
  const endOfBlock = used.length + 1;

  const groupCount = reader.bits(3);
  const selectorCount = reader.bits(15);
  if (groupCount < 2 || groupCount > 6 || selectorCount < 1) {
    throw new Error('invalid bzip2 block header');
  }
  const groupOrder = Array.from({ length: groupCount }, (_, i) => i);
  const selectors: number[] = [];
  for (let i = 0; i < selectorCount; i++) {
    let j = 0;
    while (reader.bit()) {
      j += 1;
      if (j >= groupCount) throw new Error('invalid bzip2 selector');
    }
    const group = groupOrder[j] ?? 0;
    groupOrder.splice(j, 1);
    groupOrder.unshift(group);
    selectors.push(group);
  }

  const tables: HuffmanTable[] = [];
  for (let g = 0; g < groupCount; g++) {
    const lengths: number[] = [];
    let length = reader.bits(5);
    for (let s = 0; s < alphabetSize; s++) {
      for (;;) {
        if (length < 1 || length > MAX_CODE_LENGTH) throw new Error('invalid bzip2 code length');
        if (!reader.bit()) break;
        length += reader.bit() ? -1 : 1;
      }
      lengths.push(length);
    }
    tables.push(huffmanTable(lengths));
  }

  // Huffman, then run lengths of zeros (RUNA/RUNB), then move-to-front.
  const mtf = used.map((_, i) => i);
  const block: number[] = [];
  const limit = blockSize * 100_000;
  let run = 0;
  let runWeight = 1;
  let decoded = 0;
  for (;;) {
    const table = tables[selectors[Math.floor(decoded / SYMBOLS_PER_SELECTOR)] ?? -1];
    if (!table) throw new Error('bzip2 block runs past its selectors');
    const symbol = decodeSymbol(reader, table);
    decoded += 1;
    if (symbol <= 1) {
      run += (symbol + 1) * runWeight;
      runWeight *= 2;
      if (run > limit) throw new Error('bzip2 block is larger than its declared size');
      continue;
    }
    if (run > 0) {
      const byte = used[mtf[0] ?? 0] ?? 0;
      for (let i = 0; i < run; i++) block.push(byte);
      run = 0;
      runWeight = 1;
    }
    if (symbol === endOfBlock) break;
    const index = symbol - 1;
    const value = mtf[index] ?? 0;
    mtf.splice(index, 1);
    mtf.unshift(value);
    block.push(used[value] ?? 0);
    if (block.length > limit) throw new Error('bzip2 block is larger than its declared size');
  }
  if (origin >= block.length) throw new Error('invalid bzip2 block origin');

  const output = undoRunLengths(inverseBwt(block, origin));
  const crc = crc32(output);
  if (crc !== expectedCrc) throw new Error('bzip2 block CRC mismatch');
  return { output, crc };
}

/** Undoes the Burrows–Wheeler transform: `block` is the last column, `origin` the first row. */
function inverseBwt(block: readonly number[], origin: number): number[] {
  const counts = new Array<number>(256).fill(0);
  for (const byte of block) counts[byte] = (counts[byte] ?? 0) + 1;
  const start = new Array<number>(256).fill(0);
  for (let i = 1; i < 256; i++) start[i] = (start[i - 1] ?? 0) + (counts[i - 1] ?? 0);
  const next = new Uint32Array(block.length);
  block.forEach((byte, i) => {
    const slot = start[byte] ?? 0;
    next[slot] = i;
    start[byte] = slot + 1;
  });
  const out: number[] = [];
  let position = next[origin] ?? 0;
  for (let i = 0; i < block.length; i++) {
    out.push(block[position] ?? 0);
    position = next[position] ?? 0;
  }
  return out;
}

/** The first stage of bzip2: four equal bytes are followed by a count of further copies. */
function undoRunLengths(data: readonly number[]): number[] {
  const out: number[] = [];
  let previous = -1;
  let same = 0;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] ?? 0;
    if (same === 4) {
      for (let k = 0; k < byte; k++) out.push(previous);
      same = 0;
      previous = -1;
      continue;
    }
    same = byte === previous ? same + 1 : 1;
    previous = byte;
    out.push(byte);
  }
  return out;
}

/** Decompresses one or more concatenated bzip2 streams; throws on anything malformed. */
export function bunzip2(data: Uint8Array): Uint8Array {
  const reader = new BitReader(data);
  const out: number[] = [];
  do {
    if (reader.bits(24) !== 0x425a68) throw new Error('not bzip2 data (no BZh header)');
    const blockSize = reader.bits(8) - 0x30;
    if (blockSize < 1 || blockSize > 9) throw new Error('invalid bzip2 block size');
    let combined = 0;
    for (;;) {
      const magic = reader.bits48();
      if (magic === END_MAGIC) {
        if (reader.bits(32) !== combined) throw new Error('bzip2 stream CRC mismatch');
        reader.alignToByte();
        break;
      }
      if (magic !== BLOCK_MAGIC) throw new Error('invalid bzip2 block header');
      const { output, crc } = readBlock(reader, blockSize);
      combined = (((combined << 1) | (combined >>> 31)) ^ crc) >>> 0;
      for (const byte of output) out.push(byte);
    }
  } while (!reader.atEnd);
  return Uint8Array.from(out);
}
