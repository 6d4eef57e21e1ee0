// CODEOWNERS from the registry (issue 6): the standing agency owns every path, so its review
// is requested on every submission. Unit editors are NOT code owners: a second editor of the
// same unit must not be able to stand in for the agency's review. Their rights are checked
// by `npm run ci:ownership` instead, and listed here as comments for the reader.
import type { Registry } from '../../schemas/unit.ts';

/** Replaced by the agency's real team (GitHub `@org/team`, GitLab `@group/subgroup`). */
export const PLACEHOLDER_TEAM = '@thanh-hoa-ldtbxh/co-quan-thuong-truc';

export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', '.gitlab/CODEOWNERS'] as const;

export function renderCodeowners(registry: Registry): string {
  const agency = (registry.agency_editors ?? []).map((a) => `@${a}`);
  const lines = [
    '# TỆP SINH TỰ ĐỘNG: đừng sửa tay. Sửa content/units.yaml rồi chạy `npm run ci:codeowners`.',
    '# Generated from content/units.yaml by scripts/ci/codeowners.ts; a unit test fails on drift.',
    '#',
    '# Cơ quan thường trực (agency_editors) là người duyệt bắt buộc của mọi tệp, nên mọi bài nộp',
    '# đều được cơ quan thường trực duyệt trước khi đăng. Người sửa của đơn vị không phải người',
    '# duyệt; quyền sửa của họ do `npm run ci:ownership` kiểm tra.',
  ];
  if (agency.length === 0) {
    lines.push(
      '#',
      '# CHƯA CÓ TÀI KHOẢN: danh mục đơn vị chưa ghi agency_editors. Dòng dưới dùng một nhóm GIẢ',
      `# (${PLACEHOLDER_TEAM}): cơ quan thường trực ghi tài khoản thật vào agency_editors trong`,
      '# content/units.yaml rồi chạy lại `npm run ci:codeowners`. Placeholder team until then.',
    );
  }
  lines.push('', `* ${(agency.length > 0 ? agency : [PLACEHOLDER_TEAM]).join(' ')}`);
  const withEditors = registry.units.filter((u) => (u.editors ?? []).length > 0);
  if (withEditors.length > 0) {
    lines.push('', '# Người sửa của từng đơn vị (chỉ để tham khảo, không phải người duyệt):');
    for (const u of withEditors) lines.push(`#   ${u.id}: ${(u.editors ?? []).map((a) => `@${a}`).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
