// A small hand-made dataset whose every figure is computed by hand in the tests.
import type { Cycle } from '../../schemas/cycle.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Unit } from '../../schemas/unit.ts';

export const cycle: Cycle = {
  id: '2021-2023',
  title: 'Chu kỳ thử',
  dispatch: 'cv',
  years: [2021, 2022],
  plan_year: 2021,
  plan_due: null,
  action_month: { start: '11-15', end: '12-15', text: 'Hàng năm, Tháng hành động từ 15/11 đến 15/12.' },
  tasks: [
    { id: 'truyen-thong', title: 'Truyền thông', text: 'T1' },
    { id: 'lanh-dao', title: 'Lãnh đạo', text: 'T2' },
    { id: 'bao-cao', title: 'Báo cáo', text: 'T3' },
  ],
  periods: [],
};

export const units: Unit[] = [
  { id: 'so-a', name: 'Sở A', group: 'tinh', kind: 'so' },
  { id: 'huyen-b', name: 'Huyện B', group: 'huyen', kind: 'huyen' },
  { id: 'huyen-c', name: 'Huyện C', group: 'huyen', kind: 'huyen' },
  { id: 'so-d', name: 'Sở D', group: 'tinh', kind: 'so' },
];

const soA: Plan = {
  unit: 'so-a',
  cycle: '2021-2023',
  status: 'submitted',
  submitted_on: '2020-09-15',
  contact: { name: 'Nguyễn Thị Hoa' },
  activities: [
    {
      id: 'a1',
      title: 'Hội nghị "Bình đẳng", tập huấn',
      task: 'truyen-thong',
      action_month: true,
      budget: [
        { year: 2021, source: 'ngan-sach-don-vi', amount: 45.5 },
        { year: 2022, source: 'ngan-sach-don-vi', amount: 0.1 },
        { year: 2022, source: 'xa-hoi-hoa', amount: 0.2 },
      ],
    },
    { id: 'a2', title: 'Ban hành kế hoạch', task: 'lanh-dao', action_month: false },
  ],
};

const huyenB: Plan = {
  unit: 'huyen-b',
  cycle: '2021-2023',
  status: 'submitted',
  submitted_on: '2020-09-20',
  contact: { name: 'Lê Văn Nam' },
  activities: [
    {
      id: 'b1',
      title: 'Truyền thông xã',
      task: 'truyen-thong',
      action_month: false,
      budget: [
        { year: 2021, source: 'ngan-sach-dia-phuong', amount: 10.001 },
        { year: 2022, source: 'ngan-sach-dia-phuong', amount: 20 },
      ],
    },
    { id: 'b2', title: 'Lễ phát động', task: 'truyen-thong', action_month: true, budget: [{ year: 2022, source: 'vien-tro', amount: 1.999 }] },
  ],
};

const huyenCDraft: Plan = {
  unit: 'huyen-c',
  cycle: '2021-2023',
  status: 'draft',
  activities: [{ id: 'c1', title: 'Báo cáo', task: 'bao-cao', action_month: false, budget: [{ year: 2021, source: 'khac', amount: 1000 }] }],
};

/** A submitted plan of another cycle: it must count nowhere in 2021-2023. */
const soDOther: Plan = {
  unit: 'so-d',
  cycle: '2024-2026',
  status: 'submitted',
  submitted_on: '2023-09-01',
  contact: { name: 'X' },
  activities: [{ id: 'd1', title: 'Khác', task: 'truyen-thong', action_month: true, budget: [{ year: 2021, source: 'khac', amount: 7 }] }],
};

export const plans = [soA, huyenB, huyenCDraft, soDOther].map((data) => ({ unit: data.unit, data }));
export const draftPlan = huyenCDraft;
export const soAPlan = soA;
