// Office files (XLSX, DOCX) are ZIP archives whose writers stamp every entry with the time of
// writing. Set them all to 1980-01-01 so that the same content gives the same bytes
// (tests/cycles/two-cycles.e2e.test.ts, and byte-for-byte comparisons of two builds).

const DOS_1980_01_01 = (1 << 5) | 1;

/** The same archive with every entry's DOS date and time set to 1980-01-01 00:00, in place. */
export function withFixedZipDates(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stamp = (at: number) => {
    view.setUint16(at, 0, true);
    view.setUint16(at + 2, DOS_1980_01_01, true);
  };
  // Walk the central directory (from the end record), never the compressed data.
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return bytes;
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    stamp(at + 12);
    stamp(view.getUint32(at + 42, true) + 10);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}
