// The .editorconfig rules as a pure function, for scripts/check-text-files.ts and its test.

export interface TextFileProblem {
  line: number;
  problem: string;
}

const TEXT = /\.(ts|mjs|js|astro|css|md|yaml|yml|json|html|txt|svg|toml)$|(^|\/)(\.editorconfig|\.gitignore|\.gitattributes|CODEOWNERS|run)$/;
/** Bytes kept as sent, on purpose (see .editorconfig). */
const EXEMPT = /^tests\/fixtures\//;

/** What is wrong with one tracked file's bytes, line by line; empty when nothing is. */
export function textFileProblems(file: string, bytes: Uint8Array): TextFileProblem[] {
  if (EXEMPT.test(file) || !TEXT.test(file)) return [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return [{ line: 1, problem: 'not UTF-8' }];
  }
  if (text === '') return [];
  const problems: TextFileProblem[] = [];
  if (text.charCodeAt(0) === 0xfeff) problems.push({ line: 1, problem: 'starts with a BOM' });
  if (!text.endsWith('\n')) problems.push({ line: text.split('\n').length, problem: 'no newline at the end' });
  const markdown = file.endsWith('.md');
  text.split('\n').forEach((line, i) => {
    if (line.endsWith('\r')) problems.push({ line: i + 1, problem: 'CRLF line end' });
    const body = line.replace(/\r$/, '');
    if (/[ \t]+$/.test(body) && !(markdown && / {2}$/.test(body) && !/ {3}$/.test(body))) problems.push({ line: i + 1, problem: 'trailing whitespace' });
    if (/^ *\t/.test(body)) problems.push({ line: i + 1, problem: 'tab in indentation' });
  });
  return problems;
}
