// Reading a content file safely: size first, then bytes, then strict UTF-8.
import { readFile, stat } from 'node:fs/promises';

/** No real plan comes near this; a larger file is refused before it is read. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; rule: string; message: string; line: number; column: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decode bytes of a text file; the BOM that Windows editors add is accepted and dropped. */
export function decodeText(bytes: Uint8Array): ReadResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOfByte(bytes, nul);
    return {
      ok: false,
      rule: 'binary-file',
      line,
      column,
      message: 'Tệp chứa ký tự NUL nên không phải tệp văn bản (có thể là tệp nhị phân hoặc lưu nhầm định dạng). Hãy lưu lại tệp dưới dạng văn bản UTF-8.',
    };
  }
  try {
    // TextDecoder drops a leading BOM itself (ignoreBOM: false).
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return {
      ok: false,
      rule: 'invalid-utf8',
      line,
      column,
      message: 'Tệp không ở mã UTF-8 (có thể được lưu bằng mã TCVN3 hoặc Windows-1258), nên chữ có dấu bị hỏng. Hãy mở tệp và lưu lại với mã hóa UTF-8.',
    };
  }
}

export async function readContentFile(absolutePath: string): Promise<ReadResult> {
  let size: number;
  try {
    size = (await stat(absolutePath)).size;
  } catch {
    return { ok: false, rule: 'unreadable', line: 1, column: 1, message: 'Không đọc được tệp.' };
  }
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      rule: 'file-too-large',
      line: 1,
      column: 1,
      message: `Tệp quá lớn (${formatBytes(size)}); một tệp kế hoạch hay báo cáo không vượt quá ${formatBytes(MAX_FILE_BYTES)}. Kiểm tra xem có dán nhầm nội dung khác vào không.`,
    };
  }
  return decodeText(await readFile(absolutePath));
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB` : `${Math.ceil(n / 1024).toLocaleString('vi-VN')} KB`;
}

/** Index of the first byte that starts an invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i; // overlong form or surrogate
    }
    i += len;
  }
  return 0;
}

/** Line and column (in characters of the valid text before it) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
