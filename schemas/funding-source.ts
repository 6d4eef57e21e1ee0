// Where the money of a budget line comes from (FORMAT.md, "source").
import { choiceSchema, type Choice } from './enum.ts';

export const FUNDING_SOURCES = [
  { id: 'ngan-sach-trung-uong', label: 'Ngân sách trung ương' },
  { id: 'ngan-sach-dia-phuong', label: 'Ngân sách địa phương (tỉnh, huyện)' },
  { id: 'ngan-sach-don-vi', label: 'Kinh phí thường xuyên của đơn vị' },
  { id: 'xa-hoi-hoa', label: 'Xã hội hóa' },
  { id: 'vien-tro', label: 'Viện trợ, tổ chức quốc tế, phi chính phủ' },
  { id: 'khac', label: 'Nguồn khác' },
] as const satisfies readonly Choice[];

export type FundingSourceId = (typeof FUNDING_SOURCES)[number]['id'];

export const FundingSourceSchema = choiceSchema(FUNDING_SOURCES, {
  title: 'Nguồn kinh phí',
  description: 'Nguồn của khoản kinh phí này. Mỗi năm, mỗi nguồn chỉ ghi một dòng.',
  example: 'ngan-sach-dia-phuong',
});
