// The YAML Decap CMS reads and writes, reproduced from decap-cms-core/src/formats/yaml.ts
// (3.x) with the same library version (yaml@1, installed as yaml-decap): a file saved by
// the CMS is exactly decapToFile(decapFromFile(original)) plus the officer's edits.
import matter from 'gray-matter';
import yaml from 'yaml-decap';
import type { Node, Pair } from 'yaml-decap/types';

const timestampTag = {
  identify: (value: unknown) => value instanceof Date,
  default: true as const,
  tag: '!timestamp',
  test: /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2}(\.[0-9]+)?)Z$/,
  resolve: (str: string) => new Date(str),
  stringify: (value: Node) => (value as unknown as Date).toISOString(),
};

export function decapFromFile(content: string): unknown {
  if (content.trim().endsWith('---')) content = content.trim().slice(0, -3);
  const doc = yaml.parseDocument(content, { customTags: [timestampTag], prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(`YAML parsing error:\n${doc.errors.map((e) => e.message).join('\n')}`);
  return doc.toJSON();
}

/** `sortedKeys`: the collection's field names, in order (Decap sorts top-level keys by them). */
export function decapToFile(data: object, sortedKeys: string[] = []): string {
  const contents = yaml.createNode(data) as unknown as { items: Pair[] };
  contents.items.sort((a, b) => {
    const ia = sortedKeys.indexOf(String(a.key));
    const ib = sortedKeys.indexOf(String(b.key));
    if (ia === -1 || ib === -1) return 0;
    return ia - ib;
  });
  const doc = new yaml.Document();
  doc.contents = contents as unknown as Node;
  return doc.toString();
}

// Front matter (guidance pages), as decap-cms-core/src/formats/frontmatter.ts does it with
// gray-matter (Decap's own dependency) and the YAML above.
const engines = {
  yaml: {
    parse: (input: string) => decapFromFile(input) as object,
    stringify: (data: object, options?: { sortedKeys?: string[] }) => decapToFile(data, options?.sortedKeys),
  },
};

export function decapFromFrontmatter(content: string): Record<string, unknown> {
  const result = matter(content, { engines, language: 'yaml', delimiters: '---' } as unknown as Parameters<typeof matter>[1]);
  return { ...(result.data as Record<string, unknown>), ...(result.content.trim() ? { body: result.content } : {}) };
}

export function decapToFrontmatter(data: Record<string, unknown>, sortedKeys: string[] = []): string {
  const { body = '', ...meta } = data as { body?: string };
  const trimLastLineBreak = body.slice(-1) !== '\n';
  // sortedKeys is not gray-matter's: it passes through to the YAML engine, as in Decap.
  const options = { engines, sortedKeys, language: 'yaml', delimiters: '---' } as unknown as Parameters<typeof matter.stringify>[2];
  const file = matter.stringify(body, meta, options);
  return trimLastLineBreak && file.slice(-1) === '\n' ? file.slice(0, -1) : file;
}
