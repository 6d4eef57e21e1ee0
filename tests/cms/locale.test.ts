// The Vietnamese fixes merged over Decap's locale only name keys Decap has.
import { describe, expect, it } from 'vitest';
import { VI_LOCALE_FIXES } from '../../src/cms/locale-vi.ts';

type Tree = { [key: string]: string | Tree };
// decap-cms-locales ships no types: load the two locales as plain trees.
const load = async (locale: string): Promise<Tree> => ((await import(`decap-cms-locales/dist/esm/${locale}/index.js`)) as { default: Tree }).default;
const en = await load('en');
const vi = await load('vi');
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));

describe('Vietnamese locale fixes', () => {
  const english = new Map(leaves(en));
  const fixes = leaves(VI_LOCALE_FIXES as unknown as Tree);

  it('only names keys of the English locale, keeping its placeholders', () => {
    for (const [key, text] of fixes) {
      const source = english.get(key);
      expect(source, key).toBeDefined();
      const placeholders = (s: string) => [...s.matchAll(/%\{\w+\}/g)].map((m) => m[0]).sort();
      expect(placeholders(text), key).toEqual(placeholders(source ?? ''));
    }
  });

  it('covers the widgets the forms use, which the bundled locale leaves in English', () => {
    const vietnamese = new Set(leaves(vi).map(([k]) => k));
    for (const key of ['editor.editorWidgets.list.add', 'editor.editorWidgets.object.expand', 'editor.editorWidgets.datetime.setToNow']) {
      expect(vietnamese.has(key), key).toBe(false);
      expect(fixes.map(([k]) => k)).toContain(key);
    }
  });
});
