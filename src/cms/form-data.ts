// What the CMS form needs to know of the published site, to run the same cross-file rules
// as `npm run validate` and to offer a report the activities of its unit's plan. Written by
// the build at <base>admin/form-data.json (src/pages/admin/form-data.json.ts).
import type { Cycle } from '../../schemas/cycle.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Registry } from '../../schemas/unit.ts';

export interface FormData {
  registry: Registry;
  cycles: Cycle[];
  /** Every valid plan on the branch the site was built from, keyed by `<cycle>/<unit>`. */
  plans: Record<string, Plan>;
}

/** The registry without its editors' accounts: the form needs the units, not who may edit them. */
export function formData(registry: Registry, cycles: readonly Cycle[], plans: readonly Plan[]): FormData {
  return {
    registry: { units: registry.units.map(({ editors: _editors, ...unit }) => unit) },
    cycles: [...cycles],
    plans: Object.fromEntries(plans.map((p) => [`${p.cycle}/${p.unit}`, p])),
  };
}
