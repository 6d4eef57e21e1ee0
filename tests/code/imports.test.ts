// Data flows one way: no import cycles among the project's own modules, src/ never reaches
// into scripts/ or tests/, src/lib/ never into src/ci/, schemas/ into nothing of the project.
// Only runtime imports count: `import type` / `export type` are erased before anything runs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';

const ROOTS = ['src', 'schemas', 'scripts'];
const SOURCE = /\.(ts|mjs|astro)$/;

/** Cycles that exist in files being changed in another branch; remove each once it is gone. */
const KNOWN_CYCLES: string[][] = [];

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const e of readdirSync(path.join(PROJECT_ROOT, relative), { withFileTypes: true })) {
      const child = `${relative}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(child);
    }
  };
  for (const root of ROOTS) walk(root);
  return out.sort();
}

/** The code of a file: an .astro file's frontmatter and its <script> blocks. */
function codeOf(file: string): string {
  const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
  if (!file.endsWith('.astro')) return text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [front, ...scripts].join('\n');
}

// `import x from '…'`, `import { a,\n b } from '…'`, `export { a } from '…'`, `export * from '…'`,
// `import '…'`, `await import('…')`; group 1 is "type " for the erased forms.
const IMPORT = /(?:^|[;\s])(?:import|export)\s+(type\s+)?(?:[\w*${}\s,]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The project files a file imports at run time (relative specifiers, resolved). */
function runtimeImports(file: string, code: string): string[] {
  const out: string[] = [];
  for (const m of code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').matchAll(IMPORT)) {
    if (m[1] !== undefined) continue;
    const spec = m[2] ?? m[3] ?? '';
    // Packages are not the project's; a stylesheet imports nothing back.
    if (!spec.startsWith('.') || !SOURCE.test(spec)) continue;
    out.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)));
  }
  return out;
}

/** Every cycle of the graph (Tarjan's strongly connected components of more than one file, or a self-import). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, indices.get(w) ?? 0));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) connect(v);
  return found.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

const files = sourceFiles();
const graph = new Map(files.map((f) => [f, runtimeImports(f, codeOf(f))]));
const edges = [...graph].flatMap(([from, to]) => to.map((t) => `${from} → ${t}`));
const crossing = (from: string, to: string) => edges.filter((e) => {
  const [a = '', b = ''] = e.split(' → ');
  return a.startsWith(from) && b.startsWith(to);
});

describe('the import graph', () => {
  it('reads imports the way Node runs them (type-only imports erased, multi-line lists, re-exports)', () => {
    const code = [
      "import type { A } from './a.ts';",
      "import { b,\n  c } from './b.ts';",
      "export { d } from '../d.ts';",
      "export type { E } from './e.ts';",
      "import './side.ts';",
      "import { type F } from './f.ts';",
      "const g = await import('./g.ts');",
      "import path from 'node:path';",
      "// import { h } from './h.ts';",
    ].join('\n');
    expect(runtimeImports('src/x/y.ts', code)).toEqual(['src/x/b.ts', 'src/d.ts', 'src/x/side.ts', 'src/x/f.ts', 'src/x/g.ts']);
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(cycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('finds the files it checks, and each import resolves to one of them', () => {
    expect(files.length).toBeGreaterThan(100);
    const unresolved = edges.filter((e) => !graph.has(e.split(' → ')[1] ?? ''));
    expect(unresolved).toEqual([]);
  });

  it('has no import cycle (beyond the known ones listed above)', () => {
    const found = cycles(graph).map((c) => c.join(' ↔ '));
    expect(found, 'import cycle(s): break each with a module both sides import').toEqual(KNOWN_CYCLES.map((c) => [...c].sort().join(' ↔ ')));
  });

  it('src/ never imports scripts/ or tests/', () => {
    expect([...crossing('src/', 'scripts/'), ...crossing('src/', 'tests/')]).toEqual([]);
  });

  it('src/lib/ never imports src/ci/ (CI uses the library, not the other way round)', () => {
    expect(crossing('src/lib/', 'src/ci/')).toEqual([]);
  });

  it('schemas/ imports nothing of the project but schemas/', () => {
    expect(edges.filter((e) => e.startsWith('schemas/') && !(e.split(' → ')[1] ?? '').startsWith('schemas/'))).toEqual([]);
  });
});
