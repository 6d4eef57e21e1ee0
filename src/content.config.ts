// Content collections: every one of them is filled by the project's own pipeline
// (src/pipeline/), the same code that `npm run validate` runs in CI.
import { defineCollection } from 'astro:content';
import { CycleSchema } from '../schemas/cycle.ts';
import { DispatchSchema } from '../schemas/dispatch.ts';
import { GuidanceSchema } from '../schemas/guidance.ts';
import { PlanSchema } from '../schemas/plan.ts';
import { ReportSchema } from '../schemas/report.ts';
import { UnitSchema } from '../schemas/unit.ts';
import { contentLoader } from './pipeline/astro-loader.ts';
import type { CollectionName } from './pipeline/content-set.ts';

export const collections = {
  units: defineCollection({ loader: contentLoader('units', UnitSchema) }),
  cycles: defineCollection({ loader: contentLoader('cycles', CycleSchema) }),
  dispatches: defineCollection({ loader: contentLoader('dispatches', DispatchSchema) }),
  guidance: defineCollection({ loader: contentLoader('guidance', GuidanceSchema) }),
  plans: defineCollection({ loader: contentLoader('plans', PlanSchema) }),
  reports: defineCollection({ loader: contentLoader('reports', ReportSchema) }),
} satisfies Record<CollectionName, unknown>;
