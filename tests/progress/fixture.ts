// A small hand-made cycle for the aggregation tests: every expected figure in
// progress.test.ts is computed by hand from these lines.
import type { Cycle } from '../../schemas/cycle.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Report } from '../../schemas/report.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { ProgressInput } from '../../src/lib/progress.ts';

export const units: Unit[] = [
  { id: 'so-a', name: 'Sở A', group: 'tinh', kind: 'so' },
  { id: 'so-b', name: 'Sở B', group: 'tinh', kind: 'so' },
  { id: 'huyen-c', name: 'Huyện C', group: 'huyen', kind: 'huyen' },
  { id: 'huyen-d', name: 'Huyện D', group: 'huyen', kind: 'huyen' }, // draft plan
  { id: 'huyen-e', name: 'Huyện E', group: 'huyen', kind: 'huyen' }, // no plan
];

export const cycle: Cycle = {
  id: '2021-2023',
  title: 'Chu kỳ thử',
  dispatch: 'cv',
  years: [2021, 2022],
  plan_year: 2021,
  plan_due: null,
  action_month: { start: '11-15', end: '12-15', text: 'Tháng hành động' },
  tasks: [
    { id: 'truyen-thong', title: 'Truyền thông', text: '…' },
    { id: 'lanh-dao', title: 'Lãnh đạo', text: '…' },
  ],
  periods: [
    { id: '2021-6-thang', label: '6 tháng đầu năm 2021', year: 2021, from: '2021-01-01', to: '2021-06-30', due: '2021-07-15' },
    { id: '2021-nam', label: 'Năm 2021', year: 2021, from: '2021-01-01', to: '2021-12-31', due: '2022-01-15' },
    { id: '2022-6-thang', label: '6 tháng đầu năm 2022', year: 2022, from: '2022-01-01', to: '2022-06-30', due: null },
    { id: '2022-nam', label: 'Năm 2022', year: 2022, from: '2022-01-01', to: '2022-12-31', due: '2023-01-15' },
  ],
};

const plan = (unit: string, status: 'draft' | 'submitted', activities: Plan['activities']): Plan => ({
  unit,
  cycle: '2021-2023',
  status,
  submitted_on: '2020-09-15',
  contact: { name: 'Cán bộ' },
  activities,
});

export const plans: Plan[] = [
  plan('so-a', 'submitted', [
    { id: 'a1', title: 'Hội nghị A1', task: 'truyen-thong', action_month: true, budget: [
      { year: 2021, source: 'ngan-sach-dia-phuong', amount: 10.5 },
      { year: 2021, source: 'xa-hoi-hoa', amount: 2 },
      { year: 2022, source: 'ngan-sach-dia-phuong', amount: 20 },
    ] },
    { id: 'a2', title: 'Chỉ đạo A2', task: 'lanh-dao', action_month: false },
    { id: 'a3', title: 'Tờ rơi A3', task: 'truyen-thong', action_month: false, budget: [{ year: 2021, source: 'ngan-sach-don-vi', amount: 5 }] },
  ]),
  plan('so-b', 'submitted', [
    { id: 'b1', title: 'Đề án B1', task: 'lanh-dao', action_month: false, budget: [{ year: 2021, source: 'ngan-sach-dia-phuong', amount: 100.001 }] },
    { id: 'b2', title: 'Pa nô B2', task: 'truyen-thong', action_month: false, budget: [{ year: 2021, source: 'khac', amount: 0.3 }] },
  ]),
  plan('huyen-c', 'submitted', [
    { id: 'c1', title: 'Truyền thông xã C1', task: 'truyen-thong', action_month: true, budget: [{ year: 2021, source: 'ngan-sach-dia-phuong', amount: 7 }] },
  ]),
  plan('huyen-d', 'draft', [
    { id: 'd1', title: 'Hoạt động D1', task: 'truyen-thong', action_month: false, budget: [{ year: 2021, source: 'ngan-sach-dia-phuong', amount: 50 }] },
  ]),
];

const report = (unit: string, period: string, submitted_on: string, rest: Partial<Report>): Report => ({
  unit,
  cycle: '2021-2023',
  period,
  submitted_on,
  ...rest,
});

export const reports: Report[] = [
  report('so-a', '2021-6-thang', '2021-07-10', {
    activities: [
      { activity: 'a1', status: 'in-progress', spent: 4.2, result: 'Đã tổ chức 2 hội nghị' },
      { activity: 'a2', status: 'done' },
      // a3 is not mentioned: "chưa báo cáo"
    ],
    // Odd but possible: a half-year figure that the annual report supersedes.
    action_month: { events: 1, participants: 10 },
  }),
  report('so-b', '2021-6-thang', '2021-07-20', {
    activities: [
      { activity: 'b1', status: 'in-progress', spent: 30.125 },
      { activity: 'b2', status: 'cancelled', spent: 0 },
    ],
  }),
  // huyen-c sends nothing for 2021-6-thang.
  report('huyen-d', '2021-6-thang', '2021-07-01', {
    activities: [{ activity: 'd1', status: 'done', spent: 50 }],
    difficulties: 'Không được tính: kế hoạch còn là bản nháp.',
  }),
  report('so-a', '2021-nam', '2022-01-10', {
    activities: [
      { activity: 'a1', status: 'done', spent: 12.5 },
      { activity: 'a2', status: 'done' },
      { activity: 'a3', status: 'cancelled' },
    ],
    action_month: { events: 3, participants: 250 },
    difficulties: 'Kinh phí cấp muộn.',
    proposals: 'Đề nghị tỉnh tập huấn cán bộ.',
  }),
  report('huyen-c', '2021-nam', '2022-01-20', {
    activities: [{ activity: 'c1', status: 'done', spent: 7 }],
    action_month: { events: 5, participants: 400 },
    proposals: 'Đề nghị hỗ trợ tài liệu.',
  }),
  // so-b sends nothing for 2021-nam; nobody reports for 2022.
];

export const input: ProgressInput = { units, cycle, plans, reports };
