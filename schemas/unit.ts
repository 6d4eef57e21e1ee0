// The unit registry: every body the dispatch addresses, with fixed ids.
import { z } from 'zod';
import { emptyToUndefined, isoDate, optionalList, plainText, slug } from './common.ts';
import { choiceSchema } from './enum.ts';
import { requireUnique } from './unique.ts';

export const UNIT_GROUPS = [
  { id: 'tinh', label: 'Sở, ban, ngành, đoàn thể cấp tỉnh' },
  { id: 'huyen', label: 'UBND huyện, thị xã, thành phố' },
  // From 1 July 2025 the district level is abolished: communes and wards report directly.
  { id: 'xa', label: 'UBND xã, phường' },
] as const;

export const UNIT_KINDS = [
  { id: 'so', label: 'Sở' },
  { id: 'ban-nganh', label: 'Ban, ngành' },
  { id: 'doan-the', label: 'Đoàn thể' },
  { id: 'thanh-pho', label: 'Thành phố' },
  { id: 'thi-xa', label: 'Thị xã' },
  { id: 'huyen', label: 'Huyện' },
  { id: 'xa', label: 'Xã' },
  { id: 'phuong', label: 'Phường' },
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
  group: choiceSchema(UNIT_GROUPS, { title: 'Khối', description: 'Cấp tỉnh (sở, ban, ngành, đoàn thể), cấp huyện (đến 30/6/2025) hay cấp xã.', example: 'huyen' }),
  kind: choiceSchema(UNIT_KINDS, { title: 'Loại đơn vị', description: 'Sở, ban ngành, đoàn thể, thành phố, thị xã, huyện, xã hoặc phường.', example: 'huyen' }),
  editors: accounts,
  // The registry over time (docs/format.md "The registry over time"): every field optional,
  // so a unit without them exists in every cycle under one name, as before.
  valid_from: z.preprocess(emptyToUndefined, isoDate({ title: 'Có hiệu lực từ ngày', description: 'Ngày đơn vị được thành lập (để trống nếu đã có từ trước chu kỳ đầu tiên).', example: '2025-07-01' }).optional()),
  valid_until: z.preprocess(emptyToUndefined, isoDate({ title: 'Hết hiệu lực sau ngày', description: 'Ngày cuối cùng đơn vị còn tồn tại (giải thể, sáp nhập, chia tách); để trống nếu đơn vị vẫn hoạt động.', example: '2025-06-30' }).optional()),
  merged_into: z.preprocess(emptyToUndefined, slug({ title: 'Sáp nhập vào', description: 'Mã đơn vị nhận lại chức năng của đơn vị này khi sáp nhập.', example: 'so-noi-vu' }).optional()),
  successors: optionalList(
    slug({ title: 'Đơn vị kế tục', description: 'Mã một đơn vị kế tục.', example: 'xa-quang-ngoc' }),
    { title: 'Các đơn vị kế tục', description: 'Các đơn vị mới được lập từ đơn vị này (ví dụ các xã, phường lập từ một huyện).' },
    60,
  ),
  former_names: optionalList(
    z.strictObject({
      name: plainText({ title: 'Tên cũ', description: 'Tên đơn vị trước ngày đổi tên.', example: 'Huyện Tĩnh Gia' }, 200),
      until: isoDate({ title: 'Dùng đến ngày', description: 'Ngày cuối cùng đơn vị mang tên này.', example: '2020-05-31' }),
    }),
    { title: 'Tên cũ', description: 'Các tên trước đây của đơn vị; kế hoạch của chu kỳ cũ hiện tên như lúc đó.' },
    10,
  ),
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
    const ids = new Set(registry.units.map((u) => u.id));
    registry.units.forEach((u, i) => {
      if (u.valid_from && u.valid_until && u.valid_until < u.valid_from) ctx.addIssue({ code: 'custom', path: ['units', i, 'valid_until'], params: { rule: 'validity-order' } });
      const refs: [string, (string | number)[]][] = [
        ...(u.merged_into ? [[u.merged_into, ['merged_into']] as [string, (string | number)[]]] : []),
        ...(u.successors ?? []).map((s, j): [string, (string | number)[]] => [s, ['successors', j]]),
      ];
      for (const [ref, path] of refs) {
        if (ref === u.id) ctx.addIssue({ code: 'custom', path: ['units', i, ...path], params: { rule: 'unit-ref-self', key: ref } });
        else if (!ids.has(ref)) ctx.addIssue({ code: 'custom', path: ['units', i, ...path], params: { rule: 'unit-ref-unknown', key: ref } });
      }
      if (refs.length > 0 && !u.valid_until) ctx.addIssue({ code: 'custom', path: ['units', i, 'valid_until'], params: { rule: 'successor-needs-end', key: u.id } });
    });
  });

export type Unit = z.output<typeof UnitSchema>;
export type Registry = z.output<typeof RegistrySchema>;
export type RegistryInput = z.input<typeof RegistrySchema>;
