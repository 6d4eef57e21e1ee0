// One unit's progress report for one period: content/reports/<cycle>/<period>/<unit>.yaml.
// Cross-file rules (the unit has a plan, each activity is an id of it, the period is one
// of the cycle's) are in src/pipeline/cross-check.ts.
import { z } from 'zod';
import { count, emptyToUndefined, isoDate, money, optionalList, optionalText, slug } from './common.ts';
import { choiceSchema } from './enum.ts';
import { EVEN_WITH_ERRORS, itemsOf, requireUnique } from './unique.ts';

export const ACTIVITY_STATUSES = [
  { id: 'not-started', label: 'Chưa triển khai' },
  { id: 'in-progress', label: 'Đang triển khai' },
  { id: 'done', label: 'Đã hoàn thành' },
  { id: 'cancelled', label: 'Không thực hiện' },
] as const;

export type ActivityStatusId = (typeof ACTIVITY_STATUSES)[number]['id'];

export const ActivityProgressSchema = z.strictObject({
  activity: slug({ title: 'Hoạt động', description: 'Một hoạt động trong kế hoạch của đơn vị.', example: 'truyen-thong-xa', ref: 'activity' }),
  status: choiceSchema(ACTIVITY_STATUSES, { title: 'Tình trạng', description: 'Tình trạng thực hiện đến cuối kỳ báo cáo.', example: 'done' }),
  spent: z.preprocess(
    emptyToUndefined,
    money({
      title: 'Kinh phí đã chi (triệu đồng)',
      description: 'Số tiền đã chi trong kỳ, tính bằng triệu đồng, lẻ đến nghìn đồng, không dùng dấu phân cách hàng nghìn.',
      example: '42',
    }).optional(),
  ),
  result: optionalText({ title: 'Kết quả', description: 'Kết quả đạt được, nêu số liệu cụ thể.', example: 'Tổ chức 26 hội nghị, 2.150 lượt người tham dự' }, 3000),
});

export const ReportSchema = z
  .strictObject({
    unit: slug({ title: 'Đơn vị', description: 'Đơn vị của bạn, chọn trong danh mục đơn vị.', example: 'huyen-quang-xuong', ref: 'unit' }),
    cycle: slug({ title: 'Chu kỳ kế hoạch', description: 'Mã chu kỳ; trùng với thư mục.', example: '2021-2023', ref: 'cycle' }),
    period: slug({ title: 'Kỳ báo cáo', description: 'Mã kỳ báo cáo; trùng với thư mục.', example: '2021-nam', ref: 'period' }),
    submitted_on: isoDate({ title: 'Ngày nộp', description: 'Ngày đơn vị nộp báo cáo.', example: '2021-12-20' }),
    activities: optionalList(ActivityProgressSchema, { title: 'Tiến độ hoạt động', description: 'Tiến độ từng hoạt động trong kế hoạch.' }, 200),
    action_month: z
      .strictObject({
        events: count({ title: 'Số sự kiện', description: 'Số hoạt động, sự kiện tổ chức trong Tháng hành động.', example: '31' }, 100_000),
        participants: count({ title: 'Số lượt người tham gia', description: 'Tổng số lượt người tham gia, viết bằng số, không có dấu chấm.', example: '4200' }, 10_000_000),
      })
      .optional()
      .meta({ title: 'Kết quả Tháng hành động', description: 'Kết quả Tháng hành động của năm (không bắt buộc).' }),
    difficulties: optionalText({ title: 'Khó khăn, vướng mắc', description: 'Khó khăn, vướng mắc cần phản ánh (không bắt buộc).', example: 'Kinh phí cấp muộn.' }, 5000),
    proposals: optionalText({ title: 'Kiến nghị, đề xuất', description: 'Kiến nghị, đề xuất với tỉnh (không bắt buộc).', example: 'Đề nghị tỉnh bố trí kinh phí tập huấn.' }, 5000),
  })
  .superRefine((report, ctx) => {
    const entries = itemsOf<ActivityProgress | undefined>(report.activities);
    requireUnique(ctx, entries, (a) => (typeof a?.activity === 'string' ? a.activity : undefined), (i) => ['activities', i, 'activity'], 'duplicate-activity-progress');
  }, EVEN_WITH_ERRORS);

export type ActivityProgress = z.output<typeof ActivityProgressSchema>;
export type Report = z.output<typeof ReportSchema>;
export type ReportInput = z.input<typeof ReportSchema>;
