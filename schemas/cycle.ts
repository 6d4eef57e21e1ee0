// A planning cycle: its years, the dispatch's priority tasks, the Action Month window,
// the reporting periods and their deadlines. The task ids are the ones every plan uses.
import { z } from 'zod';
import { emptyToUndefined, isoDate, plainText, slug } from './common.ts';
import { choiceSchema } from './enum.ts';
import { requireUnique } from './unique.ts';
import { UNIT_GROUPS } from './unit.ts';

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

/** Who runs the cycle: the agency the units report to (it changes: Sở LĐ-TB&XH, then Sở Nội vụ). */
export const StandingAgencySchema = z
  .strictObject({
    name: plainText({ title: 'Tên cơ quan', description: 'Tên đầy đủ của cơ quan thường trực, có dấu.', example: 'Sở Lao động - Thương binh và Xã hội' }, 200),
    symbol: plainText({ title: 'Chữ viết tắt', description: 'Chữ viết tắt tên cơ quan trong số, ký hiệu văn bản.', example: 'SLĐTBXH' }, 40),
    unit: z.preprocess(emptyToUndefined, slug({ title: 'Mã đơn vị', description: 'Mã của cơ quan này trong danh mục đơn vị (nếu có).', example: 'so-lao-dong-tbxh' }).optional()),
    contact: z
      .strictObject({
        office: plainText({ title: 'Đầu mối', description: 'Phòng chuyên môn đầu mối.', example: 'Phòng Trẻ em và BĐG' }, 200),
        phone: plainText({ title: 'Điện thoại', description: 'Số điện thoại, nguyên văn.', example: '0373.725.604' }, 40),
        email: z.preprocess(emptyToUndefined, z.email().optional()).meta({ title: 'Thư điện tử', description: 'Địa chỉ thư điện tử của đầu mối.', example: 'btxh@thanhhoa.gov.vn' }),
      })
      .meta({ title: 'Liên hệ', description: 'Nơi đơn vị phản ánh khó khăn, vướng mắc.' }),
  })
  .meta({ title: 'Cơ quan thường trực', description: 'Cơ quan ban hành công văn, nhận kế hoạch và báo cáo của chu kỳ.' });

export const CYCLE_STATUSES = [
  { id: 'open', label: 'Đang nhận kế hoạch, báo cáo' },
  { id: 'closed', label: 'Đã kết thúc (lưu trữ)' },
] as const;

export const CycleSchema = z
  .strictObject({
    id: slug({ title: 'Mã chu kỳ', description: 'Trùng với tên tệp, ví dụ 2021-2023.', example: '2021-2023' }),
    title: plainText({ title: 'Tên chu kỳ', description: 'Tên hiển thị của chu kỳ kế hoạch.', example: 'Kế hoạch năm 2021 và giai đoạn 2021-2023' }, 200),
    dispatch: slug({ title: 'Công văn', description: 'Mã công văn giao nhiệm vụ lập kế hoạch.', example: 'sldtbxh-2020-08-binh-dang-gioi' }),
    standing_agency: StandingAgencySchema.optional(),
    unit_groups: z
      .array(choiceSchema(UNIT_GROUPS, { title: 'Khối', description: 'Một khối đơn vị phải lập kế hoạch.', example: 'tinh' }))
      .min(1)
      .optional()
      .meta({ title: 'Khối đơn vị lập kế hoạch', description: 'Các khối đơn vị phải lập kế hoạch trong chu kỳ; để trống nghĩa là mọi khối. Chỉ đơn vị còn tồn tại trong thời gian chu kỳ được tính.' }),
    status: choiceSchema(CYCLE_STATUSES, { title: 'Tình trạng', description: 'open: trang quản trị nhận kế hoạch và báo cáo; closed: chu kỳ đã kết thúc, chỉ còn để tra cứu. Để trống là open.', example: 'open' }).optional(),
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
    if (c.unit_groups) requireUnique(ctx, c.unit_groups, String, (i) => ['unit_groups', i], 'duplicate-value');
    // With no years at all, "too-few" on `years` is the one thing to say.
    if (c.years.length === 0) return;
    if (!c.years.includes(c.plan_year)) ctx.addIssue({ code: 'custom', path: ['plan_year'], params: { rule: 'year-in-cycle', years: c.years } });
    c.periods.forEach((p, i) => {
      if (!c.years.includes(p.year)) ctx.addIssue({ code: 'custom', path: ['periods', i, 'year'], params: { rule: 'year-in-cycle', years: c.years } });
    });
  });

export type Task = z.output<typeof TaskSchema>;
export type Period = z.output<typeof PeriodSchema>;
export type StandingAgency = z.output<typeof StandingAgencySchema>;
export type Cycle = z.output<typeof CycleSchema>;
export type CycleInput = z.input<typeof CycleSchema>;
