// Reads one entry of a ZIP archive (a DOCX written by the `docx` package) as UTF-8 text:
// stored or DEFLATE entries, found through the central directory (zip-directory.ts).
import { inflateRawSync } from 'node:zlib';
import { zipDirectory } from './zip-directory.ts';

export function zipEntryText(bytes: Uint8Array, name: string): string {
  const entries = zipDirectory(bytes);
  if (entries === undefined) throw new Error('ZIP: không thấy bản ghi cuối (end of central directory)');
  const entry = entries.find((e) => e.name === name);
  if (entry === undefined) throw new Error(`ZIP: không có ${name}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
  const data = bytes.subarray(start, start + entry.size);
  const decoder = new TextDecoder();
  if (entry.method === 0) return decoder.decode(data);
  if (entry.method === 8) return decoder.decode(inflateRawSync(data));
  throw new Error(`ZIP: ${name} nén theo cách ${entry.method}, không đọc được`);
}
