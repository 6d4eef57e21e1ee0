// The open-data page's facts about its files: sizes in Vietnamese, the JSON body the routes
// write, and a Vietnamese description for every column of every CSV export.
import { describe, expect, it } from 'vitest';
import { PLAN_CSV_COLUMNS, PLAN_CSV_HEADER } from '../../src/lib/csv.ts';
import { byteSize, exportName, exportPath, formatFileSize, jsonFile } from '../../src/lib/open-data.ts';
import { REPORT_CSV_COLUMNS, REPORT_CSV_HEADER } from '../../src/lib/progress-export.ts';

describe('open-data files', () => {
  it('are named once: a set, a cycle, a format', () => {
    expect(exportName('plans', '2021-2023', 'csv')).toBe('ke-hoach-2021-2023.csv');
    expect(exportPath('reports', '2026-2030', 'xlsx')).toBe('/du-lieu/bao-cao-2026-2030.xlsx');
  });

  it('writes sizes in vi-VN: byte, KB with a decimal comma, MB', () => {
    expect(formatFileSize(812)).toBe('812 byte');
    expect(formatFileSize(12_595)).toBe('12,3 KB');
    expect(formatFileSize(2048)).toBe('2 KB');
    expect(formatFileSize(1_572_864)).toBe('1,5 MB');
  });
  it('counts bytes of UTF-8, not characters (Vietnamese letters take 2 or 3 bytes)', () => {
    expect(byteSize('abc')).toBe(3);
    expect(byteSize('đẳng')).toBe(7); // đ 2 bytes, ẳ 3, n, g
    expect(byteSize('\uFEFF')).toBe(3);
  });
  it('writes a JSON export with two-space indents and a final newline', () => {
    expect(jsonFile({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
  it('documents every column of both CSV exports in Vietnamese, in header order, headers unchanged', () => {
    expect(Object.keys(PLAN_CSV_COLUMNS)).toEqual([...PLAN_CSV_HEADER]);
    expect(Object.keys(REPORT_CSV_COLUMNS)).toEqual([...REPORT_CSV_HEADER]);
    for (const text of [...Object.values(PLAN_CSV_COLUMNS), ...Object.values(REPORT_CSV_COLUMNS)]) expect(text).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    expect(REPORT_CSV_COLUMNS.status).toContain('done (đã hoàn thành)');
  });
});
