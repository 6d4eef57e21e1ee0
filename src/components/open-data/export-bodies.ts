// The bodies of a cycle's CSV and JSON exports, written once per build: the routes under
// /du-lieu/ send them and /du-lieu/ shows their sizes (src/lib/open-data.ts exportFiles).
import type { Cycle } from '../../../schemas/cycle.ts';
import { plans, unitsOf } from '../../content.ts';
import { planCsv, planJson } from '../../lib/csv.ts';
import { jsonFile, type ExportBodies } from '../../lib/open-data.ts';
import { reportCsv, reportJson } from '../../lib/progress-export.ts';
import { progressInput } from '../progress/progress-input.ts';

const bodies = new Map<string, ExportBodies>();

export function exportBodies(cycle: Cycle): ExportBodies {
  let out = bodies.get(cycle.id);
  if (out === undefined) {
    const input = progressInput(cycle);
    out = {
      planCsv: planCsv(cycle, unitsOf(cycle), plans),
      planJson: jsonFile(planJson(cycle, unitsOf(cycle), plans)),
      reportCsv: reportCsv(input),
      reportJson: jsonFile(reportJson(input)),
    };
    bodies.set(cycle.id, out);
  }
  return out;
}
