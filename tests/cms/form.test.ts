// The CMS form's own parts, without a browser: the money field's reading (one rule with the
// validator), amounts in words, dates, activity ids, and the check of an entry, which must
// find exactly what `npm run validate` finds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityIds, idFromTitle, withActivityIds } from '../../src/cms/activity-ids.ts';
import { formData } from '../../src/cms/form-data.ts';
import { checkEntry, fieldLabel } from '../../src/cms/form-rules.ts';
import { formatPath, parsePath } from '../../src/pipeline/issue.ts';
import { thousandsInWords } from '../../src/lib/money-words.ts';
import { parseDateInput } from '../../src/pipeline/date-text.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { ambiguousNumberMessage, parseAmountInput } from '../../src/pipeline/number-text.ts';
import { parseYaml } from '../../src/pipeline/parse-yaml.ts';
import { PlanSchema } from '../../schemas/plan.ts';
import { readAmount, amountEcho } from '../../src/cms/browser/money-widget.ts';
import { addContentFile, contentRootsCleanedAfterAll } from '../support/content-root.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const makeContentRoot = contentRootsCleanedAfterAll();

describe('the money field reads what officers type', () => {
  it.each([
    ['45,5', 45.5],
    ['45.5', 45.5],
    ['12,5', 12.5],
    [' 20,25 ', 20.25],
    ['12.345', 12.345],
    ['0', 0],
    ['1000000', 1_000_000],
  ])('%s is %d', (typed, value) => {
    expect(parseAmountInput(typed)).toEqual({ ok: true, value });
  });

  it('an empty field is "not filled in"', () => {
    expect(parseAmountInput('   ')).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['45.500', 'number-ambiguous', 'Số "45.500" không rõ nghĩa: dấu chấm là phần thập phân hay phân cách hàng nghìn? Viết 45500 nếu là 45.500 (hàng nghìn), hoặc 45,5 nếu là 45,5 (thập phân). Không dùng dấu phân cách hàng nghìn.'],
    ['1.250', 'number-ambiguous', 'Số "1.250" không rõ nghĩa: dấu chấm là phần thập phân hay phân cách hàng nghìn? Viết 1250 nếu là 1.250 (hàng nghìn), hoặc 1,25 nếu là 1,25 (thập phân). Không dùng dấu phân cách hàng nghìn.'],
    ['45,500', 'number-ambiguous', 'Số "45,500" không rõ nghĩa: dấu phẩy là phần thập phân hay phân cách hàng nghìn? Viết 45500 nếu là 45.500 (hàng nghìn), hoặc 45,5 nếu là 45,5 (thập phân). Không dùng dấu phân cách hàng nghìn.'],
    ['1.250,5', 'amount-grouped', 'Số "1.250,5" có dấu phân cách hàng nghìn. Không dùng dấu phân cách hàng nghìn: gõ 1250,5.'],
    ['1,250.5', 'amount-grouped', 'Số "1,250.5" có dấu phân cách hàng nghìn. Không dùng dấu phân cách hàng nghìn: chỉ gõ chữ số, dấu phẩy cho phần thập phân.'],
    ['45 triệu', 'amount-with-unit', 'Chỉ gõ số, không gõ đơn vị ("triệu"): ô này luôn tính bằng triệu đồng. Ví dụ: gõ 45 cho 45 triệu đồng.'],
    ['45tr', 'amount-with-unit', 'Chỉ gõ số, không gõ đơn vị ("tr"): ô này luôn tính bằng triệu đồng. Ví dụ: gõ 45 cho 45 triệu đồng.'],
    ['45,5 trđ', 'amount-with-unit', 'Chỉ gõ số, không gõ đơn vị ("trđ"): ô này luôn tính bằng triệu đồng. Ví dụ: gõ 45,5 cho 45,5 triệu đồng.'],
    ['45 500', 'amount-spaces', 'Số "45 500" có dấu cách. Gõ liền các chữ số, không có dấu cách hay dấu phân cách hàng nghìn, ví dụ: 45500.'],
    ['-5', 'negative', 'Số tiền không được là số âm. Gõ 0 hoặc một số dương.'],
    ['bốn mươi lăm', 'amount-not-a-number', '"bốn mươi lăm" không phải là một số. Chỉ gõ chữ số, dùng dấu phẩy cho phần thập phân, ví dụ: 45,5 (bốn mươi lăm triệu năm trăm nghìn đồng).'],
    ['45,', 'amount-not-a-number', '"45," chưa phải là một số. Gõ chữ số, dùng dấu phẩy cho phần thập phân, ví dụ: 45,5.'],
  ])('%s is refused (%s) with its message', (typed, rule, message) => {
    expect(parseAmountInput(typed)).toEqual({ ok: false, rule, message });
  });

  it('applies the schema range and precision, and says the amount back in words', () => {
    expect(readAmount('1000001')).toMatchObject({ ok: false, message: expect.stringContaining('Số tiền quá lớn') });
    expect(readAmount('1,2345')).toEqual({ ok: false, message: 'Số tiền tính bằng triệu đồng, lẻ đến nghìn đồng: tối đa 3 chữ số sau dấu phẩy, ví dụ 12,345.' });
    expect(amountEcho(45.5)).toBe('= 45,5 triệu đồng. Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng.');
  });

  it('is one rule with the validator: a file refuses 45.500 with the same sentence, in the file\'s writing', async () => {
    const parsed = parseYaml('amount: 45.500\n');
    expect(parsed.issues.map((i) => i.message)).toEqual([ambiguousNumberMessage('45.500')]);
    expect(ambiguousNumberMessage('45.500')).toContain('hoặc 45.5 nếu là 45,5 (thập phân)');
    // 12.345 is three decimals in a file, and in the form the same number is read.
    expect(parseYaml('amount: 12.345\n').issues).toEqual([]);
  });
});

describe('amounts in words (thousands of đồng)', () => {
  it.each([
    [45_500, 'Bốn mươi lăm triệu năm trăm nghìn đồng'],
    [0, 'Không đồng'],
    [1, 'Một nghìn đồng'],
    [1_000, 'Một triệu đồng'],
    [21_000, 'Hai mươi mốt triệu đồng'],
    [15_000, 'Mười lăm triệu đồng'],
    [24_000, 'Hai mươi tư triệu đồng'],
    [105_000, 'Một trăm lẻ năm triệu đồng'],
    [1_000_500, 'Một tỷ năm trăm nghìn đồng'],
    [1_005_000, 'Một tỷ không trăm lẻ năm triệu đồng'],
    [1_250_500, 'Một tỷ hai trăm năm mươi triệu năm trăm nghìn đồng'],
    [12_345, 'Mười hai triệu ba trăm bốn mươi lăm nghìn đồng'],
    [1_000_000_000, 'Một nghìn tỷ đồng'],
  ])('%d nghìn đồng: %s', (thousands, words) => {
    expect(thousandsInWords(thousands)).toBe(words);
  });
});

describe('dates typed as ngày/tháng/năm', () => {
  it.each([
    ['15/9/2020', '2020-09-15'],
    ['15/09/2020', '2020-09-15'],
    ['5-1-2021', '2021-01-05'],
    ['29.02.2024', '2024-02-29'],
    ['2020-09-15', '2020-09-15'],
  ])('%s is %s', (typed, iso) => {
    expect(parseDateInput(typed)).toEqual({ ok: true, value: iso });
  });
  it('refuses what is not a date, naming the fix', () => {
    expect(parseDateInput('29/02/2021')).toEqual({ ok: false, rule: 'bad-date', message: 'Ngày 29/02/2021 không có trên lịch. Kiểm tra lại ngày và tháng.' });
    expect(parseDateInput('tháng 9')).toEqual({ ok: false, rule: 'bad-date', message: '"tháng 9" chưa phải là một ngày. Gõ ngày/tháng/năm, ví dụ: 15/09/2020.' });
  });
});

describe('activity ids made from titles', () => {
  it('slugs the title, cut at a word', () => {
    expect(idFromTitle('Hội nghị truyền thông về bình đẳng giới tại 26 xã, thị trấn')).toBe('hoi-nghi-truyen-thong-ve-binh-dang-gioi-tai-26-xa-thi-tran');
    expect(idFromTitle('Đào tạo, bồi dưỡng nâng cao năng lực cho đội ngũ cán bộ làm công tác bình đẳng giới các cấp').length).toBeLessThanOrEqual(60);
    expect(idFromTitle('Đào tạo, bồi dưỡng nâng cao năng lực cho đội ngũ cán bộ làm công tác bình đẳng giới các cấp')).toMatch(/^dao-tao-boi-duong-[a-z0-9-]*[a-z0-9]$/);
  });
  it('keeps ids that exist, makes the rest unique, and leaves an untitled activity without one', () => {
    expect(activityIds([{ id: 'hoi-nghi', title: 'Hội nghị' }, { title: 'Hội nghị' }, { title: 'Hội nghị' }, { title: '' }])).toEqual(['hoi-nghi', 'hoi-nghi-2', 'hoi-nghi-3', undefined]);
    expect(withActivityIds({ activities: [{ title: 'Tập huấn' }] })).toEqual({ activities: [{ title: 'Tập huấn', id: 'tap-huan' }] });
  });
});

describe('the check of an entry in the form', () => {
  it('reads a printed field path back into its segments', () => {
    for (const path of ['activities[1].budget[0].amount', 'contact.name', 'unit', '']) expect(formatPath(parsePath(path))).toBe(path);
  });

  it('names each field as the form shows it', () => {
    expect(fieldLabel(PlanSchema, parsePath('activities[1].budget[0].amount'))).toBe('Hoạt động 2 › Kinh phí 1 › Số tiền (triệu đồng)');
    expect(fieldLabel(PlanSchema, parsePath('contact.name'))).toBe('Cán bộ đầu mối › Họ và tên');
  });

  it('lets a draft be saved unfinished, and says what a submitted plan lacks', async () => {
    const { content } = await loadContent(PROJECT_ROOT);
    const site = formData(content.registry!.data, content.cycles.map((c) => c.data), content.plans.map((p) => p.data));
    const file = 'content/plans/2021-2023/huyen-quang-xuong.yaml';
    const draft = { unit: 'huyen-quang-xuong', cycle: '2021-2023', status: 'draft', submitted_on: '', contact: { name: '' }, activities: [] };
    expect(checkEntry(file, draft, site)).toEqual([]);
    const problems = checkEntry(file, { ...draft, status: 'submitted', activities: [{ title: '', task: 'long-ghep', budget: [{ year: 2021, source: 'xa-hoi-hoa', amount: '45 triệu' }] }] }, site);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'Hoạt động 1 › Tên hoạt động: «Tên hoạt động» đang để trống hoặc chỉ có dấu cách. Hãy ghi nội dung, hoặc xóa cả dòng nếu trường này không bắt buộc.',
      'Hoạt động 1 › Kinh phí 1 › Số tiền (triệu đồng): Chỉ gõ số, không gõ đơn vị ("triệu"): ô này luôn tính bằng triệu đồng. Ví dụ: gõ 45 cho 45 triệu đồng.',
      'Ngày nộp: Kế hoạch ở trạng thái «Đã nộp» phải có «Ngày nộp». Hãy điền vào, hoặc để trạng thái «Bản nháp» nếu chưa nộp.',
      'Cán bộ đầu mối › Họ và tên: Kế hoạch ở trạng thái «Đã nộp» phải có «Họ và tên». Hãy điền vào, hoặc để trạng thái «Bản nháp» nếu chưa nộp.',
    ]);
  });

  // Every plan and report fixture whose YAML reads as data: the form's check finds exactly
  // the rules, at exactly the fields, that the pipeline finds in the file.
  const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/content-files');
  const fixtures = ['good', 'bad'].flatMap((kind) => readdirSync(path.join(FIXTURES, kind)).map((f) => `${kind}/${f}`));
  const header = (text: string, key: string) => text.split(/\r?\n/).filter((l) => l.startsWith(`# ${key}: `)).map((l) => l.slice(key.length + 4).trim());
  for (const name of fixtures) {
    const text = readFileSync(path.join(FIXTURES, name), 'utf8').replace(/^\uFEFF/, '');
    const [file] = header(text, 'file');
    const parsed = parseYaml(text);
    // (An empty file or a misnamed one is not something the form can make.)
    if (file === undefined || !/^(plans|reports)\/.*\.yaml$/.test(file) || parsed.data == null || parsed.issues.length > 0) continue;
    it(`finds what npm run validate finds: ${name}`, async () => {
      const root = makeContentRoot('form-check-');
      for (const other of header(text, 'with')) {
        const dep = readFileSync(path.join(FIXTURES, `${other}.yaml`), 'utf8').replace(/^\uFEFF/, '');
        addContentFile(root, header(dep, 'file')[0] ?? '', dep);
      }
      const at = addContentFile(root, file, text);
      const { content, issues } = await loadContent(root);
      const site = formData(content.registry!.data, content.cycles.map((c) => c.data), content.plans.map((p) => p.data));
      const expected = issues.filter((i) => i.file === at).map((i) => `${i.rule} ${i.path}`).sort();
      expect(checkEntry(at, parsed.data, site).map((p) => `${p.rule} ${p.path}`).sort()).toEqual(expected);
    });
  }
});
