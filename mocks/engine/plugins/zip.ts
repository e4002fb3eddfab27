import { inflateSync } from 'fflate';
import { bunzip2 } from './bzip2.ts';

// A small zip reader for plugin archives. It reads the central directory itself (rather than
// fflate's unzip) so that it can name what it cannot read, and so that it reads the bzip2
// entries the SDK's `upload_plugin(optimize=True)` writes (zipfile.ZIP_BZIP2), which fflate
// does not support.

export class ZipError extends Error {
  override name = 'ZipError';
}

export interface ZipEntry {
  /** The path inside the archive, `/`-separated; directories end with `/`. */
  name: string;
  isDirectory: boolean;
  /** The entry's bytes, decompressed on demand (throws ZipError when it cannot be read). */
  read(): Uint8Array;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

const METHODS: Record<number, { label: string; decode: (data: Uint8Array) => Uint8Array }> = {
  0: { label: 'stored', decode: (data) => data },
  8: { label: 'deflate', decode: (data) => inflateSync(data) },
  12: { label: 'bzip2', decode: bunzip2 },
};

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function decodeName(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

/** Lists a zip archive's entries; throws ZipError when the bytes are not a readable zip. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new ZipError('not a zip archive');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) {
    throw new ZipError('ZIP64 archives are not supported');
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw new ZipError('the zip archive is damaged (bad central directory)');
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decodeName(bytes.subarray(offset + 46, offset + 46 + nameLength)).replace(
      /\\/g,
      '/',
    );
    offset += 46 + nameLength + extraLength + commentLength;
    entries.push({
      name,
      isDirectory: name.endsWith('/'),
      read: () => {
        if (flags & 1) throw new ZipError(`${name} is encrypted`);
        const codec = METHODS[method];
        if (!codec) throw new ZipError(`${name} uses compression method ${method}`);
        const data = localData(bytes, view, localOffset, compressedSize, name);
        try {
          return codec.decode(data);
        } catch (cause) {
          throw new ZipError(`${name} cannot be decompressed (${codec.label}): ${String(cause)}`);
        }
      },
    });
  }
  return entries;
}

function localData(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  size: number,
  name: string,
): Uint8Array {
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL_SIGNATURE) {
    throw new ZipError(`the zip archive is damaged (no local header for ${name})`);
  }
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  if (start + size > bytes.length) throw new ZipError(`the zip archive is truncated at ${name}`);
  return bytes.subarray(start, start + size);
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
