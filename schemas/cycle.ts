// A planning cycle: its years, the dispatch's priority tasks, the Action Month window,
// the reporting periods and their deadlines. The task ids are the ones every plan uses.
import { z } from 'zod';
import { isoDate, plainText, slug } from './common.ts';
import { requireUnique } from './unique.ts';

const monthDay = (meta: { title: string; description: string; example: string }) =>
  z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .meta(meta);

/** A date the agency may leave unset: `null`, `""` (what Decap writes for a cleared date) or absent. */
const notSetIsNull = (date: z.ZodType<string>) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), date.nullable());

export const TaskSchema = z.strictObject({
  id: slug({ title: 'Mã nhiệm vụ', description: 'Mã cố định của nhiệm vụ trọng tâm.', example: 'truyen-thong' }),
  title: plainText({ title: 'Tên ngắn', description: 'Tên ngắn gọn của nhiệm vụ, dùng trong bảng và biểu đồ.', example: 'Truyền thông' }, 120),
  text: plainText({ title: 'Nội dung nhiệm vụ', description: 'Nguyên văn nhiệm vụ trong công văn.', example: 'Tiếp tục đẩy mạnh truyền thông…' }, 2000),
});

export const PeriodSchema = z
  .strictObject({
    id: slug({ title: 'Mã kỳ báo cáo', description: 'Ví dụ 2021-6-thang (6 tháng đầu năm) hoặc 2021-nam (cả năm).', example: '2021-nam' }),
    label: plainText({ title: 'Tên kỳ báo cáo', description: 'Tên hiển thị của kỳ báo cáo.', example: 'Năm 2021' }, 120),
    year: z.int().min(2000).max(2100).meta({ title: 'Năm', description: 'Năm của kỳ báo cáo.', example: '2021' }),
    from: isoDate({ title: 'Từ ngày', description: 'Ngày đầu kỳ, dạng YYYY-MM-DD.', example: '2021-01-01' }),
    to: isoDate({ title: 'Đến ngày', description: 'Ngày cuối kỳ, dạng YYYY-MM-DD.', example: '2021-12-31' }),
    due: notSetIsNull(isoDate({ title: 'Hạn nộp báo cáo', description: 'Hạn cơ quan thường trực quy định; để trống khi chưa quy định.', example: '2021-12-20' })),
  })
  .superRefine((p, ctx) => {
    if (p.from > p.to) ctx.addIssue({ code: 'custom', path: ['to'], params: { rule: 'period-order' } });
  });

export const CycleSchema = z
  .strictObject({
    id: slug({ title: 'Mã chu kỳ', description: 'Trùng với tên tệp, ví dụ 2021-2023.', example: '2021-2023' }),
    title: plainText({ title: 'Tên chu kỳ', description: 'Tên hiển thị của chu kỳ kế hoạch.', example: 'Kế hoạch năm 2021 và giai đoạn 2021-2023' }, 200),
    dispatch: slug({ title: 'Công văn', description: 'Mã công văn giao nhiệm vụ lập kế hoạch.', example: 'sldtbxh-2020-08-binh-dang-gioi' }),
    years: z
      .array(z.int().min(2000).max(2100))
      .min(1)
      .max(10)
      .meta({ title: 'Các năm', description: 'Các năm của chu kỳ.', example: '[2021, 2022, 2023]' }),
    plan_year: z.int().min(2000).max(2100).meta({ title: 'Năm kế hoạch', description: 'Năm lập kế hoạch chi tiết.', example: '2021' }),
    plan_due: notSetIsNull(isoDate({ title: 'Hạn nộp kế hoạch', description: 'Hạn nộp kế hoạch; để trống khi chưa quy định.', example: '2020-09-30' })),
    action_month: z
      .strictObject({
        start: monthDay({ title: 'Bắt đầu', description: 'Ngày bắt đầu hằng năm, dạng MM-DD.', example: '11-15' }),
        end: monthDay({ title: 'Kết thúc', description: 'Ngày kết thúc hằng năm, dạng MM-DD.', example: '12-15' }),
        text: plainText({ title: 'Nội dung', description: 'Nguyên văn câu của công văn về Tháng hành động.', example: 'Hàng năm, tổ chức triển khai Tháng hành động…' }, 1000),
      })
      .meta({ title: 'Tháng hành động', description: 'Tháng hành động vì bình đẳng giới và phòng chống bạo lực trên cơ sở giới.' }),
    tasks: z.array(TaskSchema).min(1).max(20).meta({ title: 'Nhiệm vụ trọng tâm', description: 'Các nhiệm vụ trọng tâm của công văn, theo thứ tự.' }),
    periods: z.array(PeriodSchema).max(40).meta({ title: 'Kỳ báo cáo', description: 'Các kỳ báo cáo định kỳ.' }),
  })
  .superRefine((c, ctx) => {
    requireUnique(ctx, c.years, String, (i) => ['years', i], 'duplicate-year');
    requireUnique(ctx, c.tasks, (t) => t.id, (i) => ['tasks', i, 'id'], 'duplicate-task');
    requireUnique(ctx, c.periods, (p) => p.id, (i) => ['periods', i, 'id'], 'duplicate-period');
    if (!c.years.includes(c.plan_year)) ctx.addIssue({ code: 'custom', path: ['plan_year'], params: { rule: 'year-in-cycle', years: c.years } });
    c.periods.forEach((p, i) => {
      if (!c.years.includes(p.year)) ctx.addIssue({ code: 'custom', path: ['periods', i, 'year'], params: { rule: 'year-in-cycle', years: c.years } });
    });
  });

export type Task = z.output<typeof TaskSchema>;
export type Period = z.output<typeof PeriodSchema>;
export type Cycle = z.output<typeof CycleSchema>;
export type CycleInput = z.input<typeof CycleSchema>;
