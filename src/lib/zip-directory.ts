// The central directory of a ZIP archive (XLSX, DOCX), found from its end record: where each
// entry's records and data are. The one walk shared by the date stamping (zip-dates.ts) and
// the reading of one entry (zip-entry.ts); it never reads the compressed data.

export interface ZipDirectoryEntry {
  name: string;
  /** Offset of the entry's central directory record. */
  central: number;
  /** Offset of its local file header. */
  local: number;
  /** 0 stored, 8 DEFLATE. */
  method: number;
  /** Compressed size in bytes. */
  size: number;
}

/** Every entry of the archive, in directory order; undefined when there is no end record. */
export function zipDirectory(bytes: Uint8Array): ZipDirectoryEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) return undefined;
  const entries: ZipDirectoryEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      central: at,
      local: view.getUint32(at + 42, true),
      method: view.getUint16(at + 10, true),
      size: view.getUint32(at + 20, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
