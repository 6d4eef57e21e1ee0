// A guidance page for units: front matter here, Markdown body after it.
import { z } from 'zod';
import { plainText } from './common.ts';

export const GuidanceSchema = z.strictObject({
  title: plainText({ title: 'Tiêu đề', description: 'Tiêu đề trang hướng dẫn.', example: 'Cách nộp kế hoạch' }, 200),
  description: plainText({ title: 'Mô tả ngắn', description: 'Một câu tóm tắt nội dung trang.', example: 'Các bước nộp kế hoạch qua trang quản trị.' }, 400),
  order: z.int().min(0).max(1000).meta({ title: 'Thứ tự', description: 'Thứ tự trang trong mục hướng dẫn (nhỏ đứng trước).', example: '10' }),
});

export type Guidance = z.output<typeof GuidanceSchema>;
