// npm run lint (second half): the .editorconfig basics on every tracked text file, since
// Biome lints only TypeScript: UTF-8, LF line ends, a final newline, no trailing spaces
// (Markdown may keep two for a line break), spaces not tabs for indentation. Fixtures are
// exempt: they keep the bytes officers send (BOM, CRLF, tabs) on purpose.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { textFileProblems } from '../src/dev/text-file-rules.ts';

const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter((f) => f !== '');
const problems: string[] = [];
for (const file of files) {
  for (const p of textFileProblems(file, readFileSync(file))) problems.push(`${file}:${p.line}: ${p.problem}`);
}
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n${problems.length} problem(s) against .editorconfig.\n`);
  process.exit(1);
}
process.stdout.write(`${files.length} tracked files follow .editorconfig.\n`);
