// Issue 10, item 8: property-based fuzzing of the pipeline with fast-check. Random bytes,
// YAML-ish token soup and mutations of the good fixtures and the committed Markdown never
// throw and never print a stack: each file gives either valid data or positioned Vietnamese
// errors, within a generous bound per file that only a pathological case would miss.
// The seed is fixed so that CI is repeatable; FUZZ_SEED and FUZZ_RUNS explore further, e.g.
// FUZZ_RUNS=20000 FUZZ_SEED=$RANDOM npx vitest run tests/pipeline/fuzz.test.ts
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PlanSchema } from '../../schemas/plan.ts';
import { ReportSchema } from '../../schemas/report.ts';
import { GuidanceSchema } from '../../schemas/guidance.ts';
import type { ContentIssue } from '../../src/pipeline/issue.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { checkMarkdown } from '../../src/pipeline/markdown.ts';
import { decodeText } from '../../src/pipeline/read-file.ts';
import { validateYaml } from '../../src/pipeline/validate-file.ts';
import { addContentFile, makeContentRoot } from '../support/content-root.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261204);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const params = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

/** Far beyond what a file of a few kilobytes needs; only a pathological algorithm reaches it. */
const BOUND_MS = 30_000;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const STACK = /\n\s+at |\.ts:\d+:\d+\)|Error:|undefined|\[object Object\]/;

const GOOD = path.join(PROJECT_ROOT, 'tests/fixtures/content-files/good');
const fixtures = readdirSync(GOOD).map((name) => {
  const text = readFileSync(path.join(GOOD, name), 'utf8').replace(/^\uFEFF/, '');
  return { name, text };
});
const markdownBodies = ['content/guidance/nop-ke-hoach.md', ...readdirSync(path.join(PROJECT_ROOT, 'content/dispatches')).map((f) => `content/dispatches/${f}`)].map(
  (file) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8'),
);

const schemaOf = (name: string): z.ZodType => (name.startsWith('report') ? ReportSchema : PlanSchema);

/** Every issue says where (line, column ≥ 1, within the text) and what, in Vietnamese, with no stack. */
function expectPositioned(issues: readonly Pick<ContentIssue, 'line' | 'column' | 'message' | 'rule'>[], lines: number) {
  for (const issue of issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lines + 1);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.rule).toMatch(/^[a-z0-9-]+$/);
    expect(issue.message).toMatch(VIETNAMESE);
    expect(issue.message).not.toMatch(STACK);
  }
}

/** One file's text through decode → YAML → Zod: valid data, or positioned issues. */
function checkText(text: string, schema: z.ZodType) {
  const started = performance.now();
  const result = validateYaml('content/plans/2021-2023/huyen-nga-son.yaml', text, schema);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  if (result.ok) expect(result.data).toBeTypeOf('object');
  else {
    expect(result.issues.length).toBeGreaterThan(0);
    expectPositioned(result.issues, text.split('\n').length);
  }
}

// Pieces that YAML and the validator treat specially, so that random text hits the rules.
const TOKENS = [
  ':', ': ', '- ', '\n', '\r\n', '  ', '    ', '\t', '{', '}', '[', ']', ', ', '"', "'", '\\', '#', '&a ', '*a', '!!str ', '!x ',
  '%YAML 1.1\n', '%TAG ! x\n', '---\n', '...\n', '? ', '|', '>-', '<<: ', '~', 'null', 'yes', 'on', '.inf', '1e3', '0x1F', '045',
  '45.500', '45.5', '-1', '2021', '2020-09-15', '15/09/2020', 'unit', 'cycle', 'status', 'submitted', 'activities', 'id', 'title',
  'task', 'truyen-thong', 'budget', 'year', 'source', 'amount', 'khac', '__proto__', 'Hội nghị', 'ệ', 'e\u0302\u0323', '<b>',
  '\u202E', '\u2028', '\uFEFF', '\\uD800', '\u0000', '\u0085', '😀', 'x'.repeat(300),
];
const yamlish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(''));

/** A random edit of a text: delete, insert a token, duplicate or swap lines, re-indent. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8, unit: 'binary' })) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const lines = out.split('\n');
    const line = lines.length === 0 ? 0 : edit.at % lines.length;
    switch (edit.kind) {
      case 'delete': {
        const at = out.length === 0 ? 0 : edit.at % out.length;
        out = out.slice(0, at) + out.slice(at + edit.length);
        break;
      }
      case 'insert': {
        const at = edit.at % (out.length + 1);
        out = out.slice(0, at) + edit.token + out.slice(at);
        break;
      }
      case 'duplicate':
        lines.splice(line, 0, lines[line] ?? '');
        out = lines.join('\n');
        break;
      case 'swap': {
        const other = edit.with % lines.length;
        [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
        out = lines.join('\n');
        break;
      }
      case 'indent':
        lines[line] = edit.by >= 0 ? ' '.repeat(edit.by) + (lines[line] ?? '') : (lines[line] ?? '').replace(new RegExp(`^ {0,${-edit.by}}`), '');
        out = lines.join('\n');
        break;
    }
  }
  return out;
}

describe('found by the fuzzer', () => {
  it('a missing choice field (status) is "missing", not "the value "undefined" is not in the list"', () => {
    const result = validateYaml('content/plans/2021-2023/huyen-nga-son.yaml', 'unit: huyen-nga-son\ncycle: 2021-2023\n', PlanSchema);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => `${i.path} ${i.rule}`)).toEqual(['status required']);
    expect(issues[0]?.message).toContain('Thiếu trường bắt buộc «Trạng thái».');
  });
});

// Generous: each test is a few hundred files; the bound that matters is BOUND_MS per file.
describe('fuzzing the pipeline (fast-check)', { timeout: 600_000 }, () => {
  it('random bytes: decoded or refused at a position, then valid or positioned errors', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const decoded = decodeText(bytes);
        if (!decoded.ok) {
          expectPositioned([decoded], Infinity);
          return;
        }
        checkText(decoded.text, PlanSchema);
      }),
      params(RUNS),
    );
  });

  it('random YAML-ish text, for plans and reports', () => {
    fc.assert(
      fc.property(yamlish, fc.boolean(), (text, report) => checkText(text, report ? ReportSchema : PlanSchema)),
      params(RUNS),
    );
  });

  it('mutations of every good fixture', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(mutation, { minLength: 1, maxLength: 6 }), (fixture, edits) => checkText(mutate(fixture.text, edits), schemaOf(fixture.name))),
      params(RUNS),
    );
  });

  it('mutations of the committed Markdown: the body check never throws and places what it finds', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...markdownBodies),
        fc.array(fc.oneof(mutation, fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom('<script>', '<img src=x onerror=y>', '[a](javascript:x)', '![i](https://e.x/p.png)', '`', '```\n', '<!--', '-->', '\u202E', '[x]: vbscript:y\n') })), { minLength: 1, maxLength: 6 }),
        (body, edits) => {
          const text = mutate(body, edits);
          const started = performance.now();
          const issues = checkMarkdown(text);
          expect(performance.now() - started).toBeLessThan(BOUND_MS);
          expectPositioned(issues, text.split('\n').length);
          expect(validateYaml('content/guidance/x.md', text, GuidanceSchema)).toBeDefined();
        },
      ),
      params(RUNS),
    );
  });

  it('through loadContent on disk: the other files are still checked, every issue positioned or the plan valid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtures.filter((f) => f.name.startsWith('plan'))), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (fixture, edits) => {
        const root = makeContentRoot('fuzz-');
        try {
          const text = mutate(fixture.text, edits);
          const file = addContentFile(root, 'plans/2021-2023/huyen-nga-son.yaml', text);
          const other = addContentFile(root, 'plans/2021-2023/huyen-ha-trung.yaml', 'unit: huyen-ha-trung\ncycle: 2021-2023\nstatus: finished\n');
          const started = performance.now();
          const result = await loadContent(root);
          expect(performance.now() - started).toBeLessThan(BOUND_MS);
          expect(result.issues.filter((i) => i.file === other).map((i) => i.rule)).toEqual(['not-in-list']);
          const mine = result.issues.filter((i) => i.file === file);
          expectPositioned(mine, text.split('\n').length);
          if (mine.length === 0) expect(result.content.plans.map((p) => p.file)).toContain(file);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      params(Math.max(20, Math.round(RUNS / 10))),
    );
  });
});
