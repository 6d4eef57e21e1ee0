// The bodies of a cycle's CSV and JSON exports, each made once per build: its route under
// /du-lieu/ sends it and /du-lieu/ shows its size (src/lib/open-data.ts exportFiles). A body is
// kept only until its route has taken it, then only its size: a large territory's exports
// (hundreds of MB at 10,000 units, issue 12) are made one at a time and do not stay in memory
// for the rest of the build. A route asked again (the dev server) gets its body made anew,
// from the content as it is then.
import type { Cycle } from '../../../schemas/cycle.ts';
import { plans, unitsOf } from '../../content.ts';
import { planCsv, planJson } from '../../lib/csv.ts';
import { byteSize, exportFiles, jsonFile, type ExportBody } from '../../lib/open-data.ts';
import { reportCsv, reportJson } from '../../lib/progress-export.ts';
import { progressInput } from '../progress/progress-input.ts';

const MAKE: Record<ExportBody, (cycle: Cycle) => string> = {
  planCsv: (cycle) => planCsv(cycle, unitsOf(cycle), plans),
  planJson: (cycle) => jsonFile(planJson(cycle, unitsOf(cycle), plans)),
  reportCsv: (cycle) => reportCsv(progressInput(cycle)),
  reportJson: (cycle) => jsonFile(reportJson(progressInput(cycle))),
};

/** Per cycle and body: its size, and the body itself until its route takes it. */
const made = new Map<string, { bytes: number; body?: string }>();
const key = (cycle: Cycle, kind: ExportBody) => `${cycle.id}/${kind}`;

function make(cycle: Cycle, kind: ExportBody): { bytes: number; body: string } {
  const body = MAKE[kind](cycle);
  const out = { bytes: byteSize(body), body };
  made.set(key(cycle, kind), out);
  return out;
}

/** The cycle's text exports and their sizes, for /du-lieu/. */
export function exportFileSizes(cycle: Cycle): ReturnType<typeof exportFiles> {
  return exportFiles(cycle.id, (kind) => (made.get(key(cycle, kind)) ?? make(cycle, kind)).bytes);
}

/** One export's body, for its route: handed over once, then only its size is kept. */
export function exportBody(cycle: Cycle, kind: ExportBody): string {
  const known = made.get(key(cycle, kind));
  const { bytes, body } = known?.body === undefined ? make(cycle, kind) : { bytes: known.bytes, body: known.body };
  made.set(key(cycle, kind), { bytes });
  return body;
}
