// Reading a content file safely: a regular file (never a link), size first, then bytes,
// then strict UTF-8.
import { constants } from 'node:fs';
import { type FileHandle, lstat, open } from 'node:fs/promises';

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

type ReadFailure = Extract<ReadResult, { ok: false }>;

const SYMLINK: ReadFailure = {
  ok: false,
  rule: 'symlink',
  line: 1,
  column: 1,
  message: 'Đây là một liên kết tượng trưng (symlink), không phải tệp thật, nên không được đọc. Nội dung chỉ gồm các tệp thường nằm ngay trong kho: hãy xóa liên kết và đặt chính tệp nội dung vào chỗ này.',
};

const NOT_REGULAR: ReadFailure = {
  ok: false,
  rule: 'not-regular-file',
  line: 1,
  column: 1,
  message: 'Đây không phải là tệp thường (có thể là ống dẫn, socket hay thiết bị), nên không được đọc. Nội dung chỉ gồm các tệp văn bản thường (.yaml, .md): hãy xóa mục này và đặt tệp nội dung vào chỗ này.',
};

const UNREADABLE: ReadFailure = { ok: false, rule: 'unreadable', line: 1, column: 1, message: 'Không đọc được tệp.' };

/**
 * Why the path is not a regular file (a symlink, a FIFO, a socket, a device), or undefined
 * when it is one. `lstat`: a link is judged as itself, never by what it points to.
 */
export async function notRegularFile(absolutePath: string): Promise<ReadFailure | undefined> {
  try {
    const info = await lstat(absolutePath);
    if (info.isSymbolicLink()) return SYMLINK;
    return info.isFile() ? undefined : NOT_REGULAR;
  } catch {
    return UNREADABLE;
  }
}

export async function readContentFile(absolutePath: string): Promise<ReadResult> {
  const refused = await notRegularFile(absolutePath);
  if (refused !== undefined) return refused;
  // O_NOFOLLOW and fstat on the opened file: a link swapped in after the lstat is still
  // refused; O_NONBLOCK: opening a FIFO never waits.
  let handle: FileHandle;
  try {
    handle = await open(absolutePath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? SYMLINK : UNREADABLE;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return NOT_REGULAR;
    return await checkedDecode(info.size, () => handle.readFile());
  } catch {
    return UNREADABLE;
  } finally {
    await handle.close();
  }
}

async function checkedDecode(size: number, read: () => Promise<Uint8Array>): Promise<ReadResult> {
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      rule: 'file-too-large',
      line: 1,
      column: 1,
      message: `Tệp quá lớn (${formatBytes(size)}); một tệp kế hoạch hay báo cáo không vượt quá ${formatBytes(MAX_FILE_BYTES)}. Kiểm tra xem có dán nhầm nội dung khác vào không.`,
    };
  }
  return decodeText(await read());
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
