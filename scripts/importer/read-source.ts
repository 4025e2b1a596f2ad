import { positionOf } from './position.ts';
import { SourceError } from './source-error.ts';

/** The index of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    // Sequence length, and the range of the second byte (excluding overlongs, surrogates and code points above U+10FFFF).
    let length = 0;
    let [low, high] = [0x80, 0xbf];
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) [length, low, high] = [3, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf];
    else if (b >= 0xf0 && b <= 0xf4) [length, low, high] = [4, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf];
    else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * Decode the source bytes. A BOM and CRLF line endings are normalised away
 * (the output is then identical to that of the clean file); bytes that are
 * not UTF-8, as a file cut off inside a character would have, are an error
 * at the line and column where they are. (A U+FFFD written in the file is a
 * character like any other.)
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SourceError(file, 1, 1, 'the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8');
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const before = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes.subarray(0, bad)).replace(/\r\n?/g, '\n');
    const { line, column } = positionOf(before, before.length);
    throw new SourceError(file, line, column, 'the bytes here are not valid UTF-8 (a corrupt or truncated file?)');
  }
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).replace(/\r\n?/g, '\n');
}
