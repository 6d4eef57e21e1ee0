// A closed list of values, each with its Vietnamese label, defined once and used by the
// schema, the CMS select widgets, the pages and the exports alike.
import { z } from 'zod';
import type { FieldMeta } from './common.ts';

export interface Choice<Id extends string = string> {
  id: Id;
  label: string;
}

export function choiceSchema<const Id extends string>(choices: readonly Choice<Id>[], meta: FieldMeta) {
  const ids = choices.map((c) => c.id) as [Id, ...Id[]];
  return z.enum(ids).meta({ ...meta, choices });
}

export function labelOf<Id extends string>(choices: readonly Choice<Id>[], id: Id): string {
  return choices.find((c) => c.id === id)?.label ?? id;
}
