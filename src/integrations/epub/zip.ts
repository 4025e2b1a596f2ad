/**
 * A deterministic ZIP writer for the EPUB container (EPUB 3.3 §4.2 OCF ZIP):
 * entries in the order given, the first stored uncompressed (the `mimetype`
 * file must be), the rest deflated by fflate (pure JavaScript, so the same
 * bytes on every machine, unlike the platform's zlib), every timestamp the
 * DOS epoch, no extra fields, no comments. The same files give the same bytes.
 */
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';

export interface ZipEntry {
  /** The path inside the archive ("META-INF/container.xml"): ASCII, forward slashes. */
  path: string;
  data: Uint8Array;
  /** Store without compression (the EPUB's mimetype). */
  store?: boolean;
}

// 1980-01-01 00:00:00, the earliest date a ZIP entry can carry.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const VERSION = 20;

class Writer {
  private chunks: Uint8Array[] = [];
  length = 0;
  bytes(b: Uint8Array) {
    this.chunks.push(b);
    this.length += b.length;
  }
  fields(...fields: [size: 2 | 4, value: number][]) {
    const b = new Uint8Array(fields.reduce((n, [s]) => n + s, 0));
    const view = new DataView(b.buffer);
    let at = 0;
    for (const [size, value] of fields) {
      if (size === 2) view.setUint16(at, value, true);
      else view.setUint32(at, value, true);
      at += size;
    }
    this.bytes(b);
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const seen = new Set<string>();
  const out = new Writer();
  const central = new Writer();
  for (const entry of entries) {
    if (!/^[\x21-\x7e]+$/.test(entry.path) || entry.path.startsWith('/')) throw new Error(`zip: "${entry.path}" is not a relative ASCII path`);
    if (seen.has(entry.path)) throw new Error(`zip: "${entry.path}" twice`);
    seen.add(entry.path);
    const name = new TextEncoder().encode(entry.path);
    const method = entry.store ? 0 : 8;
    const body = entry.store ? entry.data : deflateSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const offset = out.length;
    // Local file header (APPNOTE 4.3.7), then the data.
    out.fields([4, 0x04034b50], [2, VERSION], [2, 0], [2, method], [2, DOS_TIME], [2, DOS_DATE], [4, crc], [4, body.length], [4, entry.data.length], [2, name.length], [2, 0]);
    out.bytes(name);
    out.bytes(body);
    // Central directory header (APPNOTE 4.3.12).
    central.fields(
      [4, 0x02014b50], [2, VERSION], [2, VERSION], [2, 0], [2, method], [2, DOS_TIME], [2, DOS_DATE], [4, crc], [4, body.length], [4, entry.data.length],
      [2, name.length], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, offset],
    );
    central.bytes(name);
  }
  const centralOffset = out.length;
  const centralDirectory = central.concat();
  out.bytes(centralDirectory);
  // End of central directory record (APPNOTE 4.3.16).
  out.fields([4, 0x06054b50], [2, 0], [2, 0], [2, entries.length], [2, entries.length], [4, centralDirectory.length], [4, centralOffset], [2, 0]);
  return out.concat();
}
