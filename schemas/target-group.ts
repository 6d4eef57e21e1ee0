// Who an activity reaches (FORMAT.md, "target_groups").
import { choiceSchema, type Choice } from './enum.ts';

export const TARGET_GROUPS = [
  { id: 'can-bo', label: 'Cán bộ, công chức, viên chức' },
  { id: 'nhan-dan', label: 'Nhân dân' },
  { id: 'phu-nu', label: 'Phụ nữ' },
  { id: 'nam-gioi', label: 'Nam giới' },
  { id: 'tre-em', label: 'Trẻ em' },
  { id: 'dan-toc-thieu-so', label: 'Đồng bào dân tộc thiểu số' },
  { id: 'nguoi-lao-dong', label: 'Người lao động' },
  { id: 'hoc-sinh-sinh-vien', label: 'Học sinh, sinh viên' },
  { id: 'khac', label: 'Đối tượng khác' },
] as const satisfies readonly Choice[];

export type TargetGroupId = (typeof TARGET_GROUPS)[number]['id'];

export const TargetGroupSchema = choiceSchema(TARGET_GROUPS, {
  title: 'Đối tượng',
  description: 'Nhóm người mà hoạt động hướng tới.',
  example: 'can-bo',
});
