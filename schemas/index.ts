// Every schema of the content model, in one import.
export * from './common.ts';
export * from './enum.ts';
export * from './funding-source.ts';
export * from './target-group.ts';
export * from './unit.ts';
export * from './cycle.ts';
export * from './dispatch.ts';
export * from './guidance.ts';
export * from './plan.ts';
export * from './report.ts';
