// Hand-made zip archives for tests of hostile workbooks: entries with any declared size, and deflate
// streams of gigabytes of zeros built in milliseconds by repeating one flushed block.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Raw deflate data. */
  compressed: Buffer;
  /** What the central directory claims; may lie. */
  size: number;
  crc: number;
}

/** An entry holding `data`, deflated, with honest size and CRC. */
export function entry(name: string, data: Buffer | string): ZipEntry {
  const bytes = Buffer.from(data);
  return { name, compressed: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/** `mb` megabytes of zeros as a deflate stream (about 1000:1), declared as `declared` bytes (default honest). */
export function zeros(name: string, mb: number, declared = mb * 1024 * 1024): ZipEntry {
  // A sync-flushed block refers only to its own output, so copies of it chain into one valid stream.
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const final = Buffer.from([0x03, 0x00]); // an empty final fixed-Huffman block
  return {
    name,
    compressed: Buffer.concat([...Array<Buffer>(mb).fill(block), final]),
    size: declared,
    crc: 0,
  };
}

/** A zip archive (deflate, no zip64) of the entries. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.compressed.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
