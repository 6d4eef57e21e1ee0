// The .editorconfig basics, as scripts/check-text-files.ts applies them to tracked files.
import { describe, expect, it } from 'vitest';
import { textFileProblems } from '../../src/dev/text-file-rules.ts';

const check = (file: string, text: string | Uint8Array) => textFileProblems(file, typeof text === 'string' ? new TextEncoder().encode(text) : text).map((p) => `${p.line}: ${p.problem}`);

describe('text files follow .editorconfig', () => {
  it('a clean file has nothing to say', () => {
    expect(check('src/a.ts', 'const a = 1;\n  indented();\n')).toEqual([]);
  });

  it('names each problem with its line', () => {
    expect(check('src/a.ts', 'a \r\n\tb\nc')).toEqual(['3: no newline at the end', '1: CRLF line end', '1: trailing whitespace', '2: tab in indentation']);
    expect(check('src/a.ts', '\uFEFFa\n')).toEqual(['1: starts with a BOM']);
    expect(check('src/a.ts', new Uint8Array([0x61, 0xff, 0x0a]))).toEqual(['1: not UTF-8']);
  });

  it('Markdown may end a line with exactly two spaces (a line break), not one or three', () => {
    expect(check('docs/a.md', 'dòng một  \ndòng hai\n')).toEqual([]);
    expect(check('docs/a.md', 'một \nba   \n')).toEqual(['1: trailing whitespace', '2: trailing whitespace']);
  });

  it('fixtures and binary files are left as they are', () => {
    expect(check('tests/fixtures/content-files/good/plan-bom-crlf.yaml', '\uFEFFa\r\n')).toEqual([]);
    expect(check('docs/cms/form.png', 'x ')).toEqual([]);
  });
});
