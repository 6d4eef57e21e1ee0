// The YAML Decap CMS reads and writes, reproduced from decap-cms-core/src/formats/yaml.ts
// (3.x) with the same library version (yaml@1, installed as yaml-decap): a file saved by
// the CMS is exactly decapToFile(decapFromFile(original)) plus the officer's edits.
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
