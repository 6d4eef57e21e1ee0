// Office files (XLSX, DOCX) are ZIP archives whose writers stamp every entry with the time of
// writing. Set them all to 1980-01-01 so that the same content gives the same bytes
// (tests/cycles/two-cycles.e2e.test.ts, and byte-for-byte comparisons of two builds).

import { zipDirectory } from './zip-directory.ts';

const DOS_1980_01_01 = (1 << 5) | 1;

/** The same archive with every entry's DOS date and time set to 1980-01-01 00:00, in place. */
export function withFixedZipDates(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stamp = (at: number) => {
    view.setUint16(at, 0, true);
    view.setUint16(at + 2, DOS_1980_01_01, true);
  };
  // Through the central directory (zip-directory.ts), never the compressed data.
  for (const entry of zipDirectory(bytes) ?? []) {
    stamp(entry.central + 12);
    stamp(entry.local + 10);
  }
  return bytes;
}
