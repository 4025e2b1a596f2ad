/**
 * Reads what the search code needs to know ahead from Pagefind's metadata file
 * (pagefind.<hash>.pf_meta: gzip, a "pagefind_dcd" signature, then CBOR): the
 * word range and file of each index chunk, so that the browser can fetch the
 * chunk a query needs while Pagefind's WebAssembly is still arriving. Pure.
 */
import { gunzipSync } from 'node:zlib';

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null | undefined;

/** A CBOR value (RFC 8949) as minicbor writes Pagefind's metadata: definite lengths, no floats. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (!size) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at}`);
    const n = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return n;
  };
  const item = (): Cbor => {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end');
    const head = bytes[at++];
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) return info === 20 ? false : info === 21 ? true : info === 22 ? null : undefined;
    const n = length(info);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2:
        return bytes.slice(at, (at += n));
      case 3:
        return new TextDecoder().decode(bytes.slice(at, (at += n)));
      case 4:
        return Array.from({ length: n }, item);
      case 5:
        return new Map(Array.from({ length: n }, () => [item(), item()] as [Cbor, Cbor]));
      default:
        return item(); // a tag: the tagged value
    }
  };
  return item();
}

/** An index chunk: the words from … to (stemmed, folded), in the file index/<hash>.pf_index. */
export type IndexChunk = [from: string, to: string, hash: string];

/** The index chunks a metadata file lists, in word order. */
export function indexChunks(pfMeta: Uint8Array): IndexChunk[] {
  const raw = gunzipSync(pfMeta);
  const signature = new TextDecoder().decode(raw.subarray(0, 12));
  if (signature !== 'pagefind_dcd') throw new Error(`pagefind metadata: expected the pagefind_dcd signature, found ${JSON.stringify(signature)}`);
  const meta = decodeCbor(raw.subarray(12));
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks)) throw new Error('pagefind metadata: no list of index chunks where Pagefind 1.x writes it');
  return chunks.map((c) => {
    if (!Array.isArray(c) || c.length < 3 || !c.slice(0, 3).every((x) => typeof x === 'string')) throw new Error('pagefind metadata: an index chunk is not [from, to, hash]');
    return [c[0], c[1], c[2]] as IndexChunk;
  });
}
