// One unit's plan for one cycle: content/plans/<cycle>/<unit>.yaml (FORMAT.md).
// Rules that need other files (unit in the registry, task and year in the cycle) are
// cross-file rules in src/pipeline/cross-check.ts; everything decidable from this file
// alone is here.
import { z } from 'zod';
import { emptyToUndefined, isoDate, money, optionalList, optionalText, plainText, slug } from './common.ts';
import { FundingSourceSchema } from './funding-source.ts';
import { TargetGroupSchema } from './target-group.ts';
import { choiceSchema } from './enum.ts';
import { EVEN_WITH_ERRORS, itemsOf, requireUnique } from './unique.ts';

export const PLAN_STATUSES = [
  { id: 'draft', label: 'Bản nháp' },
  { id: 'submitted', label: 'Đã nộp' },
] as const;

export const BudgetLineSchema = z.strictObject({
  year: z.int().min(2000).max(2100).meta({ title: 'Năm', description: 'Năm sử dụng kinh phí, một trong các năm của chu kỳ.', example: '2021' }),
  source: FundingSourceSchema,
  amount: money({
    title: 'Số tiền (triệu đồng)',
    description: 'Số tiền tính bằng triệu đồng, lẻ đến nghìn đồng (tối đa 3 chữ số thập phân), không dùng dấu phân cách hàng nghìn.',
    example: '45.5',
  }),
});

export const ActivitySchema = z.strictObject({
  id: slug({
    title: 'Mã hoạt động',
    description: 'Mã ngắn, duy nhất trong kế hoạch: chữ thường không dấu, số và dấu gạch ngang. Báo cáo tiến độ dùng mã này.',
    example: 'truyen-thong-xa',
  }),
  title: plainText({ title: 'Tên hoạt động', description: 'Tên hoạt động, ngắn gọn, đủ ý.', example: 'Hội nghị truyền thông về bình đẳng giới tại 26 xã, thị trấn' }, 300),
  task: slug({ title: 'Nhiệm vụ trọng tâm', description: 'Nhiệm vụ trọng tâm của công văn mà hoạt động thực hiện.', example: 'truyen-thong', ref: 'task' }),
  action_month: z
    .boolean()
    .default(false)
    .meta({ title: 'Trong Tháng hành động', description: 'Chọn nếu hoạt động diễn ra trong Tháng hành động vì bình đẳng giới (15/11 - 15/12).', example: 'true' }),
  description: optionalText({ title: 'Mô tả', description: 'Nội dung, cách làm, quy mô (không bắt buộc).', example: 'Mỗi xã một hội nghị, 80 đại biểu.' }, 5000),
  lead: optionalText({ title: 'Bộ phận chủ trì', description: 'Phòng, ban chủ trì trong đơn vị (không bắt buộc).', example: 'Phòng Văn hóa - Thông tin' }, 200),
  partners: optionalList(
    plainText({ title: 'Đơn vị phối hợp', description: 'Tên một đơn vị phối hợp.', example: 'Hội LHPN huyện' }, 200),
    { title: 'Đơn vị phối hợp', description: 'Các đơn vị phối hợp thực hiện (không bắt buộc).' },
    30,
  ),
  target_groups: optionalList(TargetGroupSchema, { title: 'Đối tượng', description: 'Các nhóm đối tượng của hoạt động (không bắt buộc).' }, 9),
  budget: optionalList(BudgetLineSchema, {
    title: 'Kinh phí',
    description: 'Kinh phí theo năm và nguồn, đơn vị triệu đồng. Để trống nếu hoạt động không cần kinh phí.',
  }, 40),
});

export const ContactSchema = z.strictObject({
  name: optionalText({ title: 'Họ và tên', description: 'Cán bộ đầu mối chịu trách nhiệm về kế hoạch.', example: 'Nguyễn Thị Hoa' }, 120),
  position: optionalText({ title: 'Chức vụ', description: 'Chức vụ, phòng ban của cán bộ đầu mối.', example: 'Chuyên viên Phòng Lao động - TB&XH' }, 200),
  phone: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\+?[0-9][0-9 .()-]{6,22}$/)
      .optional()
      .meta({ title: 'Điện thoại', description: 'Số điện thoại liên hệ, ví dụ 0237 3861 234.', example: '"0237 3861 234"' }),
  ),
  email: z.preprocess(
    emptyToUndefined,
    z.email().max(200).optional().meta({ title: 'Thư điện tử', description: 'Địa chỉ thư điện tử công vụ.', example: 'hoa.ldtbxh@quangxuong.thanhhoa.gov.vn' }),
  ),
});

/**
 * What a plan must have once its status is "submitted" (and need not have before): the rule
 * below, and the form's labels ("bắt buộc khi nộp chính thức", src/cms/fields.ts).
 */
export const REQUIRED_WHEN_SUBMITTED = [
  { path: ['submitted_on'], rule: 'required-when-submitted' },
  { path: ['contact', 'name'], rule: 'required-when-submitted' },
  { path: ['activities'], rule: 'activities-when-submitted' },
] as const;

const valueAt = (data: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, key) => (isRecord(v) ? v[key] : undefined), data);

export const PlanSchema = z
  .strictObject({
    unit: slug({ title: 'Đơn vị', description: 'Đơn vị của bạn, chọn trong danh mục đơn vị.', example: 'huyen-quang-xuong', ref: 'unit' }),
    cycle: slug({ title: 'Chu kỳ kế hoạch', description: 'Mã chu kỳ; trùng với tên thư mục.', example: '2021-2023', ref: 'cycle' }),
    status: choiceSchema(PLAN_STATUSES, {
      title: 'Trạng thái',
      description: 'Bản nháp: đang soạn, chưa tính vào số liệu tổng hợp. Đã nộp: kế hoạch chính thức gửi cơ quan thường trực; khi đó phải có ngày nộp, họ tên cán bộ đầu mối và ít nhất một hoạt động.',
      example: 'submitted',
    }),
    submitted_on: z.preprocess(
      emptyToUndefined,
      isoDate({ title: 'Ngày nộp', description: 'Ngày đơn vị nộp kế hoạch cho cơ quan thường trực.', example: '2020-09-15' }).optional(),
    ),
    contact: ContactSchema.optional().meta({ title: 'Cán bộ đầu mối', description: 'Người trả lời về kế hoạch này.' }),
    summary: optionalText({ title: 'Tóm tắt', description: 'Vài câu tóm tắt trọng tâm của kế hoạch (không bắt buộc).', example: 'Kế hoạch tập trung truyền thông tại cơ sở.' }, 2000),
    activities: optionalList(ActivitySchema, { title: 'Hoạt động', description: 'Các hoạt động của kế hoạch, mỗi hoạt động một mục.' }, 200),
  })
  .superRefine((plan, ctx) => {
    const activities = itemsOf<Activity | undefined>(plan.activities);
    requireUnique(ctx, activities, (a) => textOf(a?.id), (i) => ['activities', i, 'id'], 'duplicate-activity');
    activities.forEach((a, i) => {
      const budget = itemsOf<BudgetLine | undefined>(a?.budget);
      requireUnique(ctx, budget, (b) => (isRecord(b) ? `${String(b.year)}/${String(b.source)}` : undefined), (j) => ['activities', i, 'budget', j], 'duplicate-budget-line');
      requireUnique(ctx, itemsOf<unknown>(a?.target_groups), textOf, (j) => ['activities', i, 'target_groups', j], 'duplicate-value');
    });
    if (plan.status !== 'submitted') return;
    for (const { path, rule } of REQUIRED_WHEN_SUBMITTED) {
      const value = valueAt(plan, path);
      if (value === undefined || (Array.isArray(value) && value.length === 0)) ctx.addIssue({ code: 'custom', path: [...path], params: { rule } });
    }
  }, EVEN_WITH_ERRORS);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export type BudgetLine = z.output<typeof BudgetLineSchema>;
export type Activity = z.output<typeof ActivitySchema>;
export type Plan = z.output<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
