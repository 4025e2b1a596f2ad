import { positionOf } from './position.ts';
import { SourceError } from './source-error.ts';

/**
 * Decode the source bytes. A BOM and CRLF line endings are normalised away
 * (the output is then identical to that of the clean file); bytes that are
 * not UTF-8, as a file cut off inside a character would have, are an error.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const bad = lenient.indexOf('\uFFFD');
  if (bad !== -1) {
    const { line, column } = positionOf(lenient, bad);
    throw new SourceError(file, line, column, 'the bytes here are not valid UTF-8 (a corrupt or truncated file?)');
  }
  return lenient.replace(/\r\n?/g, '\n');
}
