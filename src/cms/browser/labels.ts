// Two things Decap's templates cannot say, put right in the page as it renders:
// - Decap labels every field it need not check "(không bắt buộc)". A field the rules require
//   only once the plan is submitted ends its label with an invisible mark (U+2060, set by
//   src/cms/fields.ts); there the label says "(bắt buộc khi nộp chính thức)" instead.
// - Entry cards in the lists and on the review board show the entry's unit id
//   (huyen-quang-xuong): they show the unit's name (Huyện Quảng Xương).
import { CONDITIONAL_MARK } from '../collections.ts';

const OPTIONAL = /\s*\(không bắt buộc\)/;
export const CONDITIONAL = ' (bắt buộc khi nộp chính thức)';

function tidyLabels(root: ParentNode): void {
  for (const label of root.querySelectorAll('label')) {
    const text = label.textContent ?? '';
    if (!text.includes(CONDITIONAL_MARK) || !OPTIONAL.test(text)) continue;
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue && OPTIONAL.test(node.nodeValue)) node.nodeValue = node.nodeValue.replace(OPTIONAL, CONDITIONAL);
    }
  }
}

/** Text that is exactly a unit id, outside the form's own inputs, reads as the unit's name. */
function nameUnits(root: Node, names: ReadonlyMap<string, string>): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const name = names.get(node.nodeValue?.trim() ?? '');
    if (name !== undefined && !node.parentElement?.closest('input, textarea, select, [contenteditable]')) node.nodeValue = name;
  }
}

export function watchLabels(unitNames: ReadonlyMap<string, string>): void {
  const fix = () => {
    tidyLabels(document.body);
    nameUnits(document.body, unitNames);
  };
  new MutationObserver(fix).observe(document.body, { childList: true, subtree: true, characterData: true });
}
