// The typed result of the pipeline: every valid entry of content/, keyed as the pages use it.
import type { Cycle } from '../../schemas/cycle.ts';
import type { Dispatch } from '../../schemas/dispatch.ts';
import type { Guidance } from '../../schemas/guidance.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Report } from '../../schemas/report.ts';
import type { Registry } from '../../schemas/unit.ts';
import type { ContentFile } from './classify.ts';

/**
 * The six content collections, each with the kind of file that fills it (classify()): the
 * one list that src/content.config.ts and the Astro loader are checked against.
 */
export const COLLECTIONS = {
  units: 'registry',
  cycles: 'cycle',
  dispatches: 'dispatch',
  guidance: 'guidance',
  plans: 'plan',
  reports: 'report',
} as const satisfies Record<string, ContentFile['kind']>;

export type CollectionName = keyof typeof COLLECTIONS;

export interface Entry<T> {
  /** Unique in its collection: the file's path inside its folder, without extension. */
  id: string;
  /** Path from the project root: content/plans/2021-2023/huyen-quang-xuong.yaml */
  file: string;
  data: T;
}

export interface MarkdownEntry<T> extends Entry<T> {
  /** The Markdown after the front matter, exactly as written. */
  body: string;
}

export interface ContentSet {
  registry: Entry<Registry> | undefined;
  cycles: Entry<Cycle>[];
  dispatches: MarkdownEntry<Dispatch>[];
  guidance: MarkdownEntry<Guidance>[];
  /** id: `<cycle>/<unit>` */
  plans: Entry<Plan>[];
  /** id: `<cycle>/<period>/<unit>` */
  reports: Entry<Report>[];
}

export const emptyContentSet = (): ContentSet => ({
  registry: undefined,
  cycles: [],
  dispatches: [],
  guidance: [],
  plans: [],
  reports: [],
});
