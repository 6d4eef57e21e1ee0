// A content root with two cycles (tests/fixtures/two-cycles/README.md): the real content, the
// registry changes of 2025 applied to a copy of the real registry, 2021-2023 plans and reports,
// and, unless `newCycle` is false, the invented cycle 2026-2030 with its dispatch, plans and reports.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';
import { PROJECT_ROOT } from './paths.ts';

export const TWO_CYCLES = path.join(PROJECT_ROOT, 'tests/fixtures/two-cycles');
const NEW_CYCLE = '2026-2030';

interface RegistryChanges {
  changes: Record<string, Record<string, unknown>>;
  added: Record<string, unknown>[];
}

/** The real registry with the 2025 changes: the units' history fields set, new units appended. */
export function registryOf2025(): string {
  const doc = parseDocument(readFileSync(path.join(PROJECT_ROOT, 'content/units.yaml'), 'utf8'));
  const { changes, added } = parse(readFileSync(path.join(TWO_CYCLES, 'registry-2025.yaml'), 'utf8')) as RegistryChanges;
  const units = doc.toJS().units as { id: string }[];
  for (const [id, fields] of Object.entries(changes)) {
    const index = units.findIndex((u) => u.id === id);
    if (index < 0) throw new Error(`registry-2025.yaml: no unit ${id}`);
    for (const [key, value] of Object.entries(fields)) doc.setIn(['units', index, key], value);
  }
  for (const unit of added) doc.addIn(['units'], unit);
  return doc.toString();
}

/** Lay the fixture over a root made by makeContentRoot(). */
export function addTwoCycles(root: string, { newCycle = true } = {}): void {
  writeFileSync(path.join(root, 'content/units.yaml'), registryOf2025());
  const from = path.join(TWO_CYCLES, 'content');
  cpSync(from, path.join(root, 'content'), {
    recursive: true,
    filter: (src) => newCycle || !(src.includes(NEW_CYCLE) || src.includes('snv-2026')),
  });
}
