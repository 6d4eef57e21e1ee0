import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rememberStyleIds } from '../../src/lib/workbook.ts';

type Model = { numFmt?: unknown; font?: unknown } | null | undefined;

/** A stand-in for exceljs's styles: a new id per distinct (style, cell type), counting calls. */
function fakeBook() {
  const seen = new Map<string, number>();
  const calls: string[] = [];
  const styles = {
    addStyleModel(model: Model, cellType?: number): number {
      const key = `${JSON.stringify(model)}|${cellType}`;
      calls.push(key);
      if (!seen.has(key)) seen.set(key, seen.size + 1);
      return seen.get(key) as number;
    },
  };
  return { book: { styles } as unknown as ExcelJS.stream.xlsx.WorkbookWriter, styles, calls };
}

describe('rememberStyleIds', () => {
  it('asks exceljs once per number format and cell type, and returns the same id after', () => {
    const { book, styles, calls } = fakeBook();
    rememberStyleIds(book);
    const a = styles.addStyleModel({ numFmt: '0' }, 2);
    expect(styles.addStyleModel({ numFmt: '0' }, 2)).toBe(a);
    expect(styles.addStyleModel({}, 3)).toBe(styles.addStyleModel({}, 3));
    expect(styles.addStyleModel({ numFmt: '#,##0.###' }, 2)).not.toBe(a);
    expect(styles.addStyleModel({ numFmt: '0' }, 3)).not.toBe(a);
    expect(calls).toEqual(['{"numFmt":"0"}|2', '{}|3', '{"numFmt":"#,##0.###"}|2', '{"numFmt":"0"}|3']);
  });

  it('passes any other style (the bold header) through every time', () => {
    const { book, styles, calls } = fakeBook();
    rememberStyleIds(book);
    styles.addStyleModel({ font: { bold: true } }, 3);
    styles.addStyleModel({ font: { bold: true } }, 3);
    styles.addStyleModel({ numFmt: '0', font: { bold: true } }, 2);
    styles.addStyleModel(undefined, 2);
    expect(calls).toHaveLength(4);
  });

  it('leaves a book without exceljs styles as it is', () => {
    const book = {} as ExcelJS.stream.xlsx.WorkbookWriter;
    rememberStyleIds(book);
    expect(book).toEqual({});
  });
});
