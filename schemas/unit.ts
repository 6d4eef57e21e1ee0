// The unit registry: every body the dispatch addresses, with fixed ids.
import { z } from 'zod';
import { plainText, slug } from './common.ts';
import { choiceSchema } from './enum.ts';
import { requireUnique } from './unique.ts';

export const UNIT_GROUPS = [
  { id: 'tinh', label: 'Sở, ban, ngành, đoàn thể cấp tỉnh' },
  { id: 'huyen', label: 'UBND huyện, thị xã, thành phố' },
] as const;

export const UNIT_KINDS = [
  { id: 'so', label: 'Sở' },
  { id: 'ban-nganh', label: 'Ban, ngành' },
  { id: 'doan-the', label: 'Đoàn thể' },
  { id: 'thanh-pho', label: 'Thành phố' },
  { id: 'thi-xa', label: 'Thị xã' },
  { id: 'huyen', label: 'Huyện' },
] as const;

export type UnitGroupId = (typeof UNIT_GROUPS)[number]['id'];

/** A forge account name (GitHub, GitLab, Gitea). */
const account = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,38})$/)
  .meta({ title: 'Tài khoản', description: 'Tên tài khoản Git (GitHub, GitLab hoặc Gitea).', example: 'nguyenthihoa' });

const accounts = z
  .array(account)
  .max(50)
  .optional()
  .meta({ title: 'Tài khoản được sửa', description: 'Các tài khoản được phép sửa kế hoạch và báo cáo của đơn vị này.' });

export const UnitSchema = z.strictObject({
  id: slug({ title: 'Mã đơn vị', description: 'Mã cố định của đơn vị, dùng làm tên tệp kế hoạch và đường dẫn.', example: 'huyen-quang-xuong' }),
  name: plainText({ title: 'Tên đơn vị', description: 'Tên đầy đủ của đơn vị, có dấu.', example: 'Huyện Quảng Xương' }, 200),
  group: choiceSchema(UNIT_GROUPS, { title: 'Khối', description: 'Cấp tỉnh (sở, ban, ngành, đoàn thể) hay cấp huyện.', example: 'huyen' }),
  kind: choiceSchema(UNIT_KINDS, { title: 'Loại đơn vị', description: 'Sở, ban ngành, đoàn thể, thành phố, thị xã hoặc huyện.', example: 'huyen' }),
  editors: accounts,
});

export const RegistrySchema = z
  .strictObject({
    agency_editors: z
      .array(account)
      .max(50)
      .optional()
      .meta({ title: 'Tài khoản cơ quan thường trực', description: 'Các tài khoản của cơ quan thường trực, được sửa mọi tệp.' }),
    units: z.array(UnitSchema).min(1).meta({ title: 'Danh sách đơn vị', description: 'Mọi đơn vị nhận công văn.' }),
  })
  .superRefine((registry, ctx) => {
    requireUnique(ctx, registry.units, (u) => u.id, (i) => ['units', i, 'id'], 'duplicate-unit');
  });

export type Unit = z.output<typeof UnitSchema>;
export type Registry = z.output<typeof RegistrySchema>;
export type RegistryInput = z.input<typeof RegistrySchema>;
