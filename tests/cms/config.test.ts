// The CMS configuration is generated from the schemas, the registry and the cycle: the
// committed public/admin/config.yml must equal a fresh generation, and the generator must
// carry every rule the form can enforce.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FUNDING_SOURCES } from '../../schemas/funding-source.ts';
import { TARGET_GROUPS } from '../../schemas/target-group.ts';
import { backendFromEnv, BackendConfigError } from '../../src/cms/backend.ts';
import { CONFIG_PATH, generateCmsConfig } from '../../src/cms/config-file.ts';
import { contentRootsCleanedAfterAll } from '../support/content-root.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

// Temporary content roots, removed when the file's tests are done.
const makeContentRoot = contentRootsCleanedAfterAll();

type Field = { name: string; label: string; widget: string; required?: boolean; hint?: string; fields?: Field[]; field?: Field; options?: { label: string; value: string | number }[]; [k: string]: unknown };
type Collection = { name: string; folder?: string; fields?: Field[]; files?: { name: string; file: string; fields: Field[] }[]; [k: string]: unknown };

const fresh = await generateCmsConfig(PROJECT_ROOT, {});
const config = parse(fresh) as { collections: Collection[]; [k: string]: unknown };
const registry = parse(readFileSync(path.join(PROJECT_ROOT, 'content/units.yaml'), 'utf8')) as { units: { id: string; name: string }[] };
const cycle = parse(readFileSync(path.join(PROJECT_ROOT, 'content/cycles/2021-2023.yaml'), 'utf8')) as { tasks: { id: string }[]; periods: { id: string }[] };

const collection = (name: string): Collection => {
  const found = config.collections.find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};
const field = (fields: Field[] | undefined, ...names: string[]): Field => {
  let current: Field | undefined;
  let list = fields;
  for (const name of names) {
    current = list?.find((f) => f.name === name);
    if (!current) throw new Error(`no field ${names.join('.')}`);
    list = current.fields;
  }
  return current as Field;
};
const plan = collection('ke-hoach-2021-2023');

describe('generated CMS configuration', () => {
  it('is committed exactly as generated (no drift: run npm run cms:config)', () => {
    expect(readFileSync(CONFIG_PATH, 'utf8')).toBe(fresh);
  });

  it('changes when the registry changes (so the drift check can fail)', async () => {
    const root = makeContentRoot('cms-config-drift-');
    const units = path.join(root, 'content', 'units.yaml');
    writeFileSync(units, readFileSync(units, 'utf8').replace('name: "Sở Y tế"', 'name: "Sở Y tế tỉnh Thanh Hóa"'));
    const changed = await generateCmsConfig(root, {});
    expect(changed).not.toBe(fresh);
    expect(changed).toContain('label: Sở Y tế tỉnh Thanh Hóa');
  });

  it('refuses to generate from a broken registry', async () => {
    const root = makeContentRoot('cms-config-broken-');
    writeFileSync(path.join(root, 'content', 'units.yaml'), 'units: []\n');
    await expect(generateCmsConfig(root, {})).rejects.toThrow(/Không sinh được cấu hình CMS/);
  });

  it('is Vietnamese, local-backend-aware, with the editorial workflow', () => {
    expect(config['locale']).toBe('vi');
    expect(config['local_backend']).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(config['publish_mode']).toBe('editorial_workflow');
  });

  it('names plan files after the unit, in the cycle folder', () => {
    expect(plan).toMatchObject({ folder: 'content/plans/2021-2023', format: 'yaml', extension: 'yaml', slug: '{{unit}}', identifier_field: 'unit', create: true });
  });

  it('chooses the unit from the registry and the task from the cycle, in order', () => {
    expect(field(plan.fields, 'unit').options).toEqual(registry.units.map((u) => ({ label: u.name, value: u.id })));
    expect(field(plan.fields, 'activities', 'task').options?.map((o) => o.value)).toEqual(cycle.tasks.map((t) => t.id));
    expect(field(plan.fields, 'activities', 'budget', 'year').options?.map((o) => o.value)).toEqual([2021, 2022, 2023]);
    expect(field(plan.fields, 'cycle')).toMatchObject({ widget: 'hidden', default: '2021-2023' });
  });

  it('reads money in the Vietnamese money field, and counts as whole numbers', () => {
    expect(field(plan.fields, 'activities', 'budget', 'amount')).toMatchObject({ widget: 'tien-trieu-dong' });
    const report = collection('bao-cao-2021-2023-2021-nam');
    expect(field(report.fields, 'activities', 'spent')).toMatchObject({ widget: 'tien-trieu-dong', required: false });
    expect(field(report.fields, 'action_month', 'participants')).toMatchObject({ widget: 'number', value_type: 'int', min: 0 });
  });

  it('offers the fixed lists as selects', () => {
    expect(field(plan.fields, 'activities', 'budget', 'source').options).toEqual(FUNDING_SOURCES.map((s) => ({ label: s.label, value: s.id })));
    expect(field(plan.fields, 'activities', 'target_groups')).toMatchObject({ widget: 'select', multiple: true, required: false });
    expect(field(plan.fields, 'activities', 'target_groups').options?.map((o) => o.value)).toEqual(TARGET_GROUPS.map((t) => t.id));
    expect(field(plan.fields, 'status').options?.map((o) => o.value)).toEqual(['draft', 'submitted']);
  });

  it('marks required exactly the fields the schema requires, and says which are required once submitted', () => {
    expect(field(plan.fields, 'status').required).toBeUndefined();
    expect(field(plan.fields, 'activities', 'title').required).toBeUndefined();
    // The activity id is made from the title on save when left empty.
    expect(field(plan.fields, 'activities', 'id').required).toBe(false);
    expect(plan.fields?.find((f) => f.name === 'activities')?.fields?.map((f) => f.name).slice(0, 3)).toEqual(['title', 'id', 'task']);
    for (const name of ['submitted_on', 'contact', 'summary', 'activities']) expect(field(plan.fields, name).required, name).toBe(false);
    // Required when submitted: the label carries the mark the admin script turns into words.
    for (const path of [['submitted_on'], ['contact'], ['contact', 'name'], ['activities']]) expect(field(plan.fields, ...path).label, path.join('.')).toMatch(/\u2060$/);
    for (const path of [['summary'], ['contact', 'phone']]) expect(field(plan.fields, ...path).label, path.join('.')).not.toMatch(/\u2060/);
    for (const name of ['description', 'lead', 'partners', 'budget']) expect(field(plan.fields, 'activities', name).required, name).toBe(false);
  });

  it('lets an optional group be left empty (the validator checks "both or none")', () => {
    const report = collection('bao-cao-2021-2023-2021-nam');
    expect(field(report.fields, 'action_month').required).toBe(false);
    expect(field(report.fields, 'action_month', 'events').required).toBe(false);
    expect(field(report.fields, 'action_month', 'participants').required).toBe(false);
    // A required group keeps its required fields.
    const cycleFile = collection('quan-tri').files?.[1]?.fields;
    expect(field(cycleFile, 'action_month', 'start').required).toBeUndefined();
  });

  it('mirrors the id and phone patterns with Vietnamese messages', () => {
    const [pattern, message] = field(plan.fields, 'activities', 'id')['pattern'] as [string, string];
    expect(new RegExp(pattern).test('truyen-thong-xa')).toBe(true);
    expect(new RegExp(pattern).test('Truyền thông')).toBe(false);
    expect(message).toMatch(/chữ thường không dấu/);
    expect(message).not.toMatch(/\.$/); // Decap adds the full stop
    const [phone] = field(plan.fields, 'contact', 'phone')['pattern'] as [string];
    expect(new RegExp(phone).test('0237 3861 234')).toBe(true);
    expect(new RegExp(phone).test('số máy bàn')).toBe(false);
  });

  it('labels and explains every field from the schema metadata', () => {
    const walk = (fields: Field[] = []): Field[] => fields.flatMap((f) => [f, ...walk(f.fields)]);
    for (const f of walk(plan.fields)) {
      expect(f.label, f.name).not.toBe(f.name);
      expect(f.hint, f.name).toBeTruthy();
    }
    expect(field(plan.fields, 'activities', 'budget', 'amount').label).toBe('Số tiền (triệu đồng)');
  });

  it('types dates as ngày/tháng/năm in the date field (kept YYYY-MM-DD in the file)', () => {
    expect(field(plan.fields, 'submitted_on')).toMatchObject({ widget: 'ngay' });
  });

  it('checks the whole entry under its first choice, picks report activities from the plan, labels list rows', () => {
    expect(field(plan.fields, 'status')).toMatchObject({ widget: 'chon-va-kiem-tra' });
    const report = collection('bao-cao-2021-2023-2021-nam');
    expect(field(report.fields, 'unit')).toMatchObject({ widget: 'chon-va-kiem-tra' });
    expect(field(report.fields, 'activities', 'activity')).toMatchObject({ widget: 'hoat-dong-ke-hoach' });
    expect(field(plan.fields, 'activities')).toMatchObject({ widget: 'danh-sach' });
    expect(field(plan.fields, 'activities', 'budget')).toMatchObject({ widget: 'danh-sach' });
    expect(plan['editor']).toEqual({ preview: true });
    expect(config['logo_url']).toBe('logo.svg');
  });

  it('shows officers no file path or YAML key in collection descriptions', () => {
    for (const c of config.collections) expect(String(c['description'] ?? ''), String(c['name'])).not.toMatch(/content\/|\.yaml|<mã/);
  });

  it('has one report collection per period, with the period fixed', () => {
    for (const period of cycle.periods) {
      const report = collection(`bao-cao-2021-2023-${period.id}`);
      expect(report).toMatchObject({ folder: `content/reports/2021-2023/${period.id}`, slug: '{{unit}}' });
      expect(field(report.fields, 'period')).toMatchObject({ widget: 'hidden', default: period.id });
    }
  });

  it('edits guidance pages and, for the standing agency, the registry and the cycle', () => {
    expect(collection('huong-dan')).toMatchObject({ folder: 'content/guidance', format: 'frontmatter', extension: 'md' });
    expect(collection('quan-tri').files?.map((f) => f.file)).toEqual(['content/units.yaml', 'content/cycles/2021-2023.yaml']);
    const due = field(collection('quan-tri').files?.[1]?.fields, 'periods', 'due');
    expect(due.required).toBe(false);
  });
});

describe('production backends', () => {
  it('defaults to GitHub with the editorial workflow', () => {
    expect(backendFromEnv({})).toMatchObject({ backend: { name: 'github', branch: 'main' }, editorialWorkflow: true });
    expect(backendFromEnv({ CMS_REPO: 'so-ldtbxh/bdg', CMS_BASE_URL: 'https://oauth.example.vn' }).backend).toEqual({
      name: 'github',
      repo: 'so-ldtbxh/bdg',
      branch: 'main',
      base_url: 'https://oauth.example.vn',
    });
  });

  it('signs in to GitLab with PKCE and needs an application id', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab' })).toThrow(BackendConfigError);
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'so/bdg', CMS_APP_ID: 'abc' }).backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc' });
  });

  it('saves to a branch on Gitea, which has no editorial workflow in Decap', async () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', CMS_APP_ID: 'x' })).toThrow(/CMS_BASE_URL/);
    const choice = backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'so/bdg', CMS_APP_ID: 'x', CMS_BASE_URL: 'https://git.example.vn/' });
    expect(choice).toMatchObject({ backend: { name: 'gitea', branch: 'cms', api_root: 'https://git.example.vn/api/v1' }, editorialWorkflow: false });
    const text = await generateCmsConfig(PROJECT_ROOT, { CMS_BACKEND: 'gitea', CMS_REPO: 'so/bdg', CMS_APP_ID: 'x', CMS_BASE_URL: 'https://git.example.vn' });
    expect(parse(text)['publish_mode']).toBeUndefined();
  });

  it('refuses an unknown backend or a malformed repository', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket' })).toThrow(/không được hỗ trợ/);
    expect(() => backendFromEnv({ CMS_REPO: 'chỉ-một-tên' })).toThrow(/CMS_REPO/);
  });
});
