import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { zipEntryText } from '../../src/lib/zip-entry.ts';
import { zipText } from '../support/zip.ts';

describe('zipEntryText', () => {
  it('reads an entry of a DOCX as the test helper does, and names a missing one', async () => {
    const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [] }] }));
    expect(zipEntryText(bytes, 'word/document.xml')).toBe(zipText(bytes, 'word/document.xml'));
    expect(zipEntryText(bytes, 'word/document.xml')).toContain('<w:body>');
    expect(() => zipEntryText(bytes, 'word/khong-co.xml')).toThrow('ZIP: không có word/khong-co.xml');
    expect(() => zipEntryText(new Uint8Array(30), 'a')).toThrow('ZIP: không thấy bản ghi cuối (end of central directory)');
  });
});
