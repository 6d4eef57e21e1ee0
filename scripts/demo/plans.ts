// Synthetic but realistic plans for the demo dataset: every unit of the registry gets a
// plan fitting its kind (district or provincial body), some stay drafts, some are missing.
// Deterministic: the same `random` sequence gives the same plans.
import type { Cycle } from '../../schemas/cycle.ts';
import type { FundingSourceId } from '../../schemas/funding-source.ts';
import type { PlanInput } from '../../schemas/plan.ts';
import type { TargetGroupId } from '../../schemas/target-group.ts';
import type { Registry, Unit } from '../../schemas/unit.ts';

type Scope = 'huyen' | 'tinh' | 'all';

interface Template {
  id: string;
  task: string;
  scope: Scope;
  title: (u: UnitContext) => string;
  action_month?: boolean;
  target_groups: TargetGroupId[];
  lead: (u: UnitContext) => string;
  partners?: (u: UnitContext) => string[];
  /** Yearly amount range in triệu đồng; absent: no budget needed. */
  range?: [number, number];
  description?: (u: UnitContext) => string;
}

interface UnitContext {
  unit: Unit;
  /** "huyện", "thị xã", "thành phố" or the provincial body's own name. */
  level: string;
  /** Communes in a district (plausible size). */
  communes: number;
  isDistrict: boolean;
}

const DISTRICT_LEVEL: Record<string, string> = { huyen: 'huyện', 'thi-xa': 'thị xã', 'thanh-pho': 'thành phố' };

const TEMPLATES: Template[] = [
  // 1. Truyền thông, Tháng hành động
  { id: 'truyen-thong-xa', task: 'truyen-thong', scope: 'huyen', title: (u) => `Hội nghị truyền thông về bình đẳng giới tại ${u.communes} xã, phường, thị trấn`, target_groups: ['can-bo', 'nhan-dan'], lead: () => 'Phòng Lao động - Thương binh và Xã hội', partners: (u) => [`Hội Liên hiệp Phụ nữ ${u.level}`, `Phòng Văn hóa và Thông tin`], range: [30, 90], description: () => 'Mỗi xã, phường, thị trấn tổ chức một hội nghị, khoảng 80 đại biểu; lồng ghép nội dung phòng chống bạo lực trên cơ sở giới.' },
  { id: 'phat-thanh-co-so', task: 'truyen-thong', scope: 'huyen', title: () => 'Chuyên mục bình đẳng giới trên hệ thống loa truyền thanh cơ sở, mỗi tháng 2 số', target_groups: ['nhan-dan'], lead: () => 'Trung tâm Văn hóa - Thông tin và Thể thao', range: [8, 20] },
  { id: 'thang-hanh-dong', task: 'truyen-thong', scope: 'all', action_month: true, title: (u) => (u.isDistrict ? `Lễ phát động Tháng hành động vì bình đẳng giới và phòng chống bạo lực trên cơ sở giới cấp ${u.level}` : 'Hưởng ứng Tháng hành động vì bình đẳng giới: treo băng rôn, khẩu hiệu, tọa đàm trong cơ quan'), target_groups: ['can-bo', 'nhan-dan', 'phu-nu', 'nam-gioi'], lead: (u) => (u.isDistrict ? 'Phòng Lao động - Thương binh và Xã hội' : 'Công đoàn cơ quan'), range: [10, 45], description: () => 'Tổ chức trong thời gian từ 15/11 đến 15/12 hằng năm.' },
  { id: 'tap-huan-can-bo', task: 'truyen-thong', scope: 'tinh', title: (u) => `Tập huấn kiến thức bình đẳng giới cho cán bộ, công chức, viên chức ${u.level}`, target_groups: ['can-bo'], lead: () => 'Phòng Tổ chức - Hành chính', range: [15, 40] },
  { id: 'truyen-thong-truong-hoc', task: 'truyen-thong', scope: 'all', action_month: true, title: () => 'Diễn đàn học sinh "Nói không với bạo lực trên cơ sở giới" tại các trường trung học', target_groups: ['hoc-sinh-sinh-vien', 'tre-em'], lead: (u) => (u.isDistrict ? 'Phòng Giáo dục và Đào tạo' : 'Đoàn Thanh niên cơ quan'), partners: () => ['Đoàn Thanh niên'], range: [6, 25] },
  // 2. Lãnh đạo, chỉ đạo
  { id: 'ban-hanh-ke-hoach', task: 'lanh-dao', scope: 'all', title: (u) => (u.isDistrict ? `Ban hành kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn ${u.level}` : 'Ban hành kế hoạch công tác bình đẳng giới và vì sự tiến bộ phụ nữ của đơn vị'), target_groups: ['can-bo'], lead: (u) => (u.isDistrict ? 'Văn phòng HĐND và UBND' : 'Văn phòng'), description: () => 'Văn bản chỉ đạo, không cần kinh phí riêng.' },
  { id: 'kien-toan-ban-vi-tien-bo', task: 'lanh-dao', scope: 'all', title: () => 'Kiện toàn Ban vì sự tiến bộ của phụ nữ, phân công thành viên phụ trách', target_groups: ['can-bo'], lead: () => 'Ban vì sự tiến bộ của phụ nữ', range: [3, 10] },
  { id: 'can-bo-nu-quy-hoach', task: 'lanh-dao', scope: 'all', title: () => 'Rà soát, đưa cán bộ nữ vào quy hoạch các chức danh lãnh đạo, quản lý', target_groups: ['can-bo', 'phu-nu'], lead: () => 'Phòng Nội vụ, bộ phận tổ chức' },
  // 3. Chiến lược, chương trình, đề án, mô hình
  { id: 'mo-hinh-cau-lac-bo', task: 'chuong-trinh', scope: 'huyen', title: () => 'Duy trì và nhân rộng mô hình câu lạc bộ "Gia đình hạnh phúc, không bạo lực"', target_groups: ['phu-nu', 'nam-gioi', 'nhan-dan'], lead: () => 'Hội Liên hiệp Phụ nữ', partners: () => ['Phòng Văn hóa và Thông tin'], range: [20, 60] },
  { id: 'mo-hinh-dtts', task: 'chuong-trinh', scope: 'huyen', title: () => 'Mô hình giảm thiểu tảo hôn và hôn nhân cận huyết thống ở vùng đồng bào dân tộc thiểu số', target_groups: ['dan-toc-thieu-so', 'tre-em'], lead: () => 'Phòng Dân tộc', range: [25, 70] },
  { id: 'de-an-nganh', task: 'chuong-trinh', scope: 'tinh', title: () => 'Xây dựng đề án hỗ trợ nữ cán bộ, người lao động trong ngành nâng cao trình độ', target_groups: ['phu-nu', 'nguoi-lao-dong'], lead: () => 'Phòng Tổ chức cán bộ', range: [20, 80] },
  // 4. Lồng ghép giới
  { id: 'long-ghep-quy-hoach', task: 'long-ghep', scope: 'huyen', title: () => 'Lồng ghép giới trong quy hoạch sử dụng đất và kế hoạch phát triển kinh tế - xã hội cấp xã', target_groups: ['can-bo'], lead: () => 'Phòng Tài chính - Kế hoạch', range: [5, 15] },
  { id: 'long-ghep-van-ban', task: 'long-ghep', scope: 'tinh', title: () => 'Đánh giá lồng ghép vấn đề bình đẳng giới trong dự thảo văn bản quy phạm pháp luật của ngành', target_groups: ['can-bo'], lead: () => 'Phòng Pháp chế', range: [5, 20] },
  { id: 'so-lieu-gioi', task: 'long-ghep', scope: 'all', title: () => 'Thu thập, cập nhật số liệu thống kê tách biệt theo giới của ngành, địa phương', target_groups: ['can-bo'], lead: () => 'Bộ phận thống kê' },
  // 5. Dịch vụ hỗ trợ, phối hợp liên ngành
  { id: 'dia-chi-tin-cay', task: 'dich-vu', scope: 'huyen', title: () => 'Duy trì địa chỉ tin cậy tại cộng đồng hỗ trợ nạn nhân bạo lực gia đình', target_groups: ['phu-nu', 'tre-em'], lead: () => 'Phòng Lao động - Thương binh và Xã hội', partners: () => ['Công an huyện', 'Trạm Y tế xã'], range: [10, 35] },
  { id: 'tu-van-viec-lam-nu', task: 'dich-vu', scope: 'all', title: () => 'Tư vấn, giới thiệu việc làm và học nghề cho lao động nữ', target_groups: ['phu-nu', 'nguoi-lao-dong'], lead: (u) => (u.isDistrict ? 'Phòng Lao động - Thương binh và Xã hội' : 'Trung tâm Dịch vụ việc làm'), range: [10, 50] },
  { id: 'phoi-hop-lien-nganh', task: 'dich-vu', scope: 'tinh', title: () => 'Ký kết chương trình phối hợp liên ngành về bình đẳng giới với Hội Liên hiệp Phụ nữ tỉnh', target_groups: ['can-bo', 'phu-nu'], lead: () => 'Văn phòng', partners: () => ['Hội Liên hiệp Phụ nữ tỉnh'] },
  // 6. Kiểm tra, rà soát
  { id: 'kiem-tra-xa', task: 'kiem-tra', scope: 'huyen', title: (u) => `Kiểm tra việc thực hiện pháp luật về bình đẳng giới tại ${Math.max(3, Math.round(u.communes / 4))} xã`, target_groups: ['can-bo'], lead: () => 'Phòng Lao động - Thương binh và Xã hội', partners: () => ['Phòng Tư pháp'], range: [5, 15] },
  { id: 'ra-soat-noi-bo', task: 'kiem-tra', scope: 'tinh', title: () => 'Tự kiểm tra, rà soát việc thực hiện chính sách về bình đẳng giới trong cơ quan và đơn vị trực thuộc', target_groups: ['can-bo'], lead: () => 'Thanh tra ngành, bộ phận pháp chế', range: [3, 12] },
  // 7. Báo cáo định kỳ
  { id: 'bao-cao-dinh-ky', task: 'bao-cao', scope: 'all', title: () => 'Tổng hợp, báo cáo định kỳ 6 tháng và năm về công tác bình đẳng giới gửi Sở Lao động - Thương binh và Xã hội', target_groups: ['can-bo'], lead: () => 'Bộ phận được giao theo dõi công tác bình đẳng giới' },
  { id: 'so-ket-chien-luoc', task: 'bao-cao', scope: 'huyen', title: () => 'Sơ kết giai đoạn thực hiện Chiến lược quốc gia về bình đẳng giới', target_groups: ['can-bo'], lead: () => 'Phòng Lao động - Thương binh và Xã hội', range: [5, 20] },
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đỗ', 'Bùi', 'Vũ', 'Lương', 'Hà', 'Trịnh', 'Mai'];
// Middle and given names go together by gender, as Vietnamese names do (no "Thị Hùng").
const NAMES = [
  { middle: ['Thị', 'Thị Thu', 'Thị Minh', 'Thị Hồng', 'Ngọc'], given: ['Hoa', 'Lan', 'Hương', 'Thủy', 'Hà', 'Trang', 'Hằng', 'Nga', 'Phương'] },
  { middle: ['Văn', 'Đức', 'Quang', 'Minh', 'Xuân'], given: ['Nam', 'Hùng', 'Dũng', 'Tuấn', 'Bình', 'Sơn', 'Thắng'] },
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A whole amount or one decimal (so most lines are "45" or "45,5" triệu đồng). */
function amount(random: () => number, [lo, hi]: [number, number]): number {
  const v = lo + random() * (hi - lo);
  return random() < 0.7 ? Math.round(v) : Math.round(v * 2) / 2;
}

function sourcesFor(unit: Unit, random: () => number): FundingSourceId[] {
  const main: FundingSourceId = unit.group === 'huyen' ? 'ngan-sach-dia-phuong' : unit.kind === 'doan-the' ? 'ngan-sach-dia-phuong' : 'ngan-sach-don-vi';
  const r = random();
  if (r < 0.15) return [main, 'xa-hoi-hoa'];
  if (r < 0.22 && unit.kind === 'doan-the') return [main, 'vien-tro'];
  if (r < 0.27 && unit.group === 'huyen') return [main, 'ngan-sach-trung-uong'];
  return [main];
}

function contextOf(unit: Unit, random: () => number): UnitContext {
  const isDistrict = unit.group === 'huyen';
  const level = isDistrict ? (DISTRICT_LEVEL[unit.kind] ?? 'huyện') : 'của đơn vị';
  const communes = isDistrict ? 12 + Math.floor(random() * 24) : 0;
  return { unit, level, communes, isDistrict };
}

export interface DemoPlan {
  unit: string;
  data: PlanInput;
}

/**
 * Plans for the registry: about one unit in seven has none, one in nine is a draft, the
 * rest submitted. Each plan covers most tasks (sometimes not all: the coverage matrix has
 * gaps) with 7 to 12 activities.
 */
export function demoPlans(input: { registry: Registry; cycle: Cycle; random: () => number }): DemoPlan[] {
  const { registry, cycle, random } = input;
  const out: DemoPlan[] = [];
  const taskIds = new Set(cycle.tasks.map((t) => t.id));
  for (const unit of registry.units) {
    const roll = random();
    if (roll < 0.14) continue; // missing
    const status = roll < 0.25 ? 'draft' : 'submitted';
    const u = contextOf(unit, random);
    const fitting = TEMPLATES.filter((t) => taskIds.has(t.task) && (t.scope === 'all' || t.scope === (u.isDistrict ? 'huyen' : 'tinh')));
    // Leave out a task now and then so that coverage has holes; keep truyen-thong and bao-cao.
    const skipTask = random() < 0.35 ? pick(random, ['chuong-trinh', 'long-ghep', 'kiem-tra', 'dich-vu']) : undefined;
    const chosen = fitting.filter((t) => t.task !== skipTask && (t.task === 'truyen-thong' || t.task === 'bao-cao' || random() < 0.8));
    const activities = chosen.map((t) => {
      const budget: { year: number; source: FundingSourceId; amount: number }[] = [];
      if (t.range) {
        const sources = sourcesFor(unit, random);
        for (const year of cycle.years) {
          if (year !== cycle.plan_year && random() < 0.15) continue;
          const base = amount(random, t.range);
          budget.push({ year, source: sources[0] as FundingSourceId, amount: base });
          if (sources[1]) budget.push({ year, source: sources[1], amount: amount(random, [2, Math.max(3, t.range[0])]) });
        }
      }
      const partners = t.partners?.(u);
      return {
        id: t.id,
        title: t.title(u),
        task: t.task,
        action_month: t.action_month ?? false,
        ...(t.description ? { description: t.description(u) } : {}),
        lead: t.lead(u),
        ...(partners ? { partners } : {}),
        target_groups: t.target_groups,
        ...(budget.length > 0 ? { budget } : {}),
      };
    });
    const names = random() < 0.65 ? NAMES[0] : NAMES[1];
    const name = `${pick(random, FAMILY)} ${pick(random, names?.middle ?? [])} ${pick(random, names?.given ?? [])}`;
    const day = 10 + Math.floor(random() * 19);
    const data: PlanInput = {
      unit: unit.id,
      cycle: cycle.id,
      status,
      ...(status === 'submitted' ? { submitted_on: `2020-09-${String(day).padStart(2, '0')}` } : {}),
      contact: {
        name,
        position: u.isDistrict ? 'Chuyên viên Phòng Lao động - Thương binh và Xã hội' : 'Chuyên viên Văn phòng, phụ trách công tác bình đẳng giới',
        phone: `0237 3${String(Math.floor(random() * 900000) + 100000)}`,
      },
      summary: u.isDistrict
        ? `Kế hoạch của ${unit.name} tập trung truyền thông tại cơ sở, duy trì các mô hình phòng chống bạo lực gia đình và lồng ghép giới trong kế hoạch phát triển kinh tế - xã hội.`
        : `Kế hoạch của ${unit.name} tập trung nâng cao nhận thức của cán bộ, công chức, viên chức và lồng ghép bình đẳng giới trong công tác chuyên môn của ngành.`,
      activities,
    };
    out.push({ unit: unit.id, data });
  }
  return out;
}
