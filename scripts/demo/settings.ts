// The fixed facts of the demo dataset, shared by the generator and its parts (plans.ts,
// reports.ts), so that none of them imports another.

/** The fixed "as of" date of the demo (PROGRESS_AS_OF): some periods reported, some overdue, some not yet due. */
export const DEMO_AS_OF = '2022-09-01';
export const DEMO_SEED = 20200815;
/** The cycle the demo fills with plans and reports. */
export const DEMO_CYCLE = '2021-2023';
/** The first line of every generated file. */
export const DEMO_HEADER = '# Dữ liệu minh họa (demo), do scripts/demo/generate.ts tạo ra.\n';
