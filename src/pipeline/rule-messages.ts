// The messages of the schemas' own rules (refinements that carry `params.rule`), by rule id.
import { labelOf } from '../../schemas/enum.ts';
import { PLAN_STATUSES } from '../../schemas/plan.ts';
import { vi } from './wording.ts';

// Plan statuses by their labels, as the form shows them (the CLI line names the field).
const SUBMITTED = labelOf(PLAN_STATUSES, 'submitted');
const DRAFT = labelOf(PLAN_STATUSES, 'draft');
/** A character that does not show (U+202E, U+2028, a BOM…): which, where, what to do. */
export function invisibleCharMessage(code: string, name: string, position?: number): string {
  const newline = code === 'U+2028' || code === 'U+2029' ? ' Muốn xuống dòng thì dùng phím Enter bình thường.' : '';
  const where = position === undefined ? 'ở đây' : `ở ký tự thứ ${vi(position)}`;
  return `Nội dung chứa ký tự ẩn ${code} (${name}) ${where}: người đọc không thấy nó nhưng nó làm sai lệch nội dung. Hãy xóa ký tự này (hoặc gõ lại đoạn quanh đó, thường do sao chép từ phần mềm khác).${newline}`;
}

export const RULE_MESSAGES: Record<string, (p: Record<string, unknown>, label: string) => string> = {
  blank: (_p, label) => `«${label}» đang để trống hoặc chỉ có dấu cách. Hãy ghi nội dung, hoặc xóa cả dòng nếu trường này không bắt buộc.`,
  html: () => 'Không dùng thẻ HTML (dạng <…>) trong nội dung: trang web chỉ hiển thị chữ thường. Hãy xóa thẻ; nếu cần dấu nhỏ hơn, viết "nhỏ hơn" hoặc để một dấu cách sau "<".',
  control: () => 'Nội dung chứa ký tự điều khiển ẩn (thường do sao chép từ phần mềm khác). Hãy gõ lại đoạn này.',
  'invisible-char': (p) => invisibleCharMessage(String(p['code']), String(p['name']), Number(p['position'])),
  precision: () => 'Số tiền có quá 3 chữ số thập phân. Số tiền tính bằng triệu đồng, lẻ đến nghìn đồng: tối đa 3 chữ số sau dấu chấm, ví dụ 45.5 hoặc 12.345.',
  'duplicate-activity': (p) => `Mã hoạt động "${String(p['key'])}" đã dùng cho hoạt động thứ ${Number(p['first']) + 1}. Mỗi hoạt động cần một mã riêng, ví dụ thêm số: "${String(p['key'])}-2".`,
  'duplicate-budget-line': (p) => `Đã có một dòng kinh phí cùng năm và cùng nguồn (${String(p['key']).replace('/', ', ')}) ở dòng thứ ${Number(p['first']) + 1}. Hãy cộng hai số tiền vào một dòng.`,
  'duplicate-value': (p) => `Giá trị "${String(p['key'])}" bị chọn hai lần. Hãy xóa một lần.`,
  'duplicate-unit': (p) => `Mã đơn vị "${String(p['key'])}" bị lặp trong danh mục. Mỗi đơn vị một mã.`,
  'duplicate-year': (p) => `Năm ${String(p['key'])} bị ghi hai lần.`,
  'duplicate-task': (p) => `Mã nhiệm vụ "${String(p['key'])}" bị lặp.`,
  'duplicate-period': (p) => `Mã kỳ báo cáo "${String(p['key'])}" bị lặp.`,
  'duplicate-activity-progress': (p) => `Hoạt động "${String(p['key'])}" đã được báo cáo ở mục thứ ${Number(p['first']) + 1}. Mỗi hoạt động chỉ báo cáo một lần trong một kỳ.`,
  'required-when-submitted': (_p, label) => `Kế hoạch ở trạng thái «${SUBMITTED}» phải có «${label}». Hãy điền vào, hoặc để trạng thái «${DRAFT}» nếu chưa nộp.`,
  'activities-when-submitted': () => `Kế hoạch ở trạng thái «${SUBMITTED}» phải có ít nhất một hoạt động. Hãy thêm hoạt động, hoặc để trạng thái «${DRAFT}» nếu chưa nộp.`,
  'period-order': () => 'Ngày cuối kỳ đứng trước ngày đầu kỳ. Kiểm tra lại "from" và "to".',
  'validity-order': () => 'Ngày hết hiệu lực (valid_until) đứng trước ngày có hiệu lực (valid_from). Kiểm tra lại hai ngày này.',
  'unit-ref-unknown': (p) => `Mã đơn vị "${String(p['key'])}" không có trong danh mục. Hãy thêm đơn vị đó vào danh mục trước, hoặc sửa lại mã.`,
  'unit-ref-self': (p) => `Đơn vị "${String(p['key'])}" không thể kế tục chính nó. Hãy ghi mã của đơn vị khác.`,
  'successor-needs-end': (p) => `Đơn vị "${String(p['key'])}" đã có đơn vị kế tục hoặc đã sáp nhập, nên phải ghi ngày cuối cùng còn hoạt động: valid_until (dạng YYYY-MM-DD).`,
  'year-in-cycle': (p) => `Năm này không thuộc chu kỳ. Các năm của chu kỳ: ${(p['years'] as number[]).join(', ')}.`,
};
