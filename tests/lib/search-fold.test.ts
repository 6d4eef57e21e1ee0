import { describe, expect, it } from 'vitest';
import { excerptAround, FOLDED_SENTINEL, foldedWords, foldVietnamese, htmlText, searchInput, withoutFoldedCopy } from '../../src/lib/search-fold.ts';

describe('foldVietnamese', () => {
  it('turns đ into d and Đ into D (not a mark, so Pagefind keeps them)', () => {
    expect(foldVietnamese('bình đẳng')).toBe('binh dang');
    expect(foldVietnamese('Đường')).toBe('Duong');
    expect(foldVietnamese('ĐĐđđ')).toBe('DDdd');
  });

  it('removes combining marks whether the text came composed (NFC) or decomposed (NFD)', () => {
    expect(foldVietnamese('Thanh Hóa')).toBe('Thanh Hoa');
    expect(foldVietnamese('Thanh Hoá')).toBe('Thanh Hoa');
    expect(foldVietnamese('Thanh Hóa'.normalize('NFD'))).toBe('Thanh Hoa');
    expect(foldVietnamese('Hoá')).toBe(foldVietnamese('Hóa'));
    expect(foldVietnamese('Nguyễn Thị Thủy, phụ nữ')).toBe('Nguyen Thi Thuy, phu nu');
  });

  it('leaves plain ASCII, digits and punctuation as they are', () => {
    expect(foldVietnamese('2021-2023: 27.393 (triệu)')).toBe('2021-2023: 27.393 (trieu)');
  });
});

describe('the folded copy Pagefind indexes', () => {
  it('lists each changed word once, lower case', () => {
    expect(foldedWords('Bình đẳng giới và bình đẳng, Thanh Hóa 2021')).toEqual(['binh', 'dang', 'gioi', 'va', 'hoa']);
  });

  it('reads the text of HTML without tags, scripts, styles or SVG', () => {
    expect(htmlText('<h1>Đường &amp; phố</h1><svg><text>x</text></svg><style>p{}</style><p>Hóa&#39;s</p>')).toBe("Đường & phố Hóa's");
  });

  it('folds every word, plain ASCII ones and repeats included, as folding them one by one would', () => {
    const text = 'Kế hoạch 2021 ke hoach KẾ HOẠCH Hóa Hoá Hoa x1 số 312,5 Đ';
    const oneByOne = [...new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => [w, foldVietnamese(w)]).filter(([w, f]) => f !== w).map(([, f]) => f))];
    expect(foldedWords(text)).toEqual(oneByOne);
    expect(foldedWords(text)).toEqual(['ke', 'hoach', 'hoa', 'so', 'd']);
  });

  it('is added at the end of <main data-pagefind-body>, and sent to Pagefind with only what it reads: the <html> tag, the <title> and the body element', () => {
    const page =
      '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch | Cổng</title><style>p{}</style></head>' +
      '<body><nav>Điều hướng</nav><main id="noi-dung" data-pagefind-body><h1>Bình đẳng giới</h1></main><footer>Đường</footer></body></html>';
    expect(searchInput(page)).toBe(
      `<html lang="vi"><head><title>Kế hoạch | Cổng</title></head><body><main id="noi-dung" data-pagefind-body><h1>Bình đẳng giới</h1><p>${FOLDED_SENTINEL} binh dang gioi</p></main></body></html>`,
    );
    const ascii = '<html lang="vi"><head><title>T</title></head><body><main data-pagefind-body>Plain</main><footer>x</footer></body></html>';
    expect(searchInput(ascii)).toBe('<html lang="vi"><head><title>T</title></head><body><main data-pagefind-body>Plain</main></body></html>');
    const noBody = '<html><body><main><h1>Đường</h1></main></body></html>';
    expect(searchInput(noBody)).toBe(noBody);
  });

  it('is cut off the text a result shows', () => {
    expect(withoutFoldedCopy(`Bình đẳng giới. ${FOLDED_SENTINEL} binh dang gioi.`)).toBe('Bình đẳng giới.');
    expect(withoutFoldedCopy('Bình đẳng giới.')).toBe('Bình đẳng giới.');
  });
});

describe('excerptAround', () => {
  it('finds the folded query in the text and returns it as written', () => {
    expect(excerptAround('Kế hoạch bình đẳng giới của tỉnh Thanh Hóa', 'dang', 10)).toEqual({ before: '… hoạch bình ', match: 'đẳng', after: ' giới của tỉnh …' });
    expect(excerptAround('tỉnh Thanh Hoá', 'thanh hoa')?.match).toBe('Thanh Hoá');
    // The whole phrase, then whole words, before a word that merely starts with the query.
    expect(excerptAround('Thành phố Thanh Hóa', 'thanh hoa')?.match).toBe('Thanh Hóa');
    expect(excerptAround('Kế hoạch của tỉnh Hòa Bình', 'hoa')?.match).toBe('Hòa');
    expect(excerptAround('Kế hoạch năm', 'hoa')?.match).toBe('hoạ');
    expect(excerptAround('Đường giao thông', 'duong')).toEqual({ before: '', match: 'Đường', after: ' giao thông' });
  });

  it('matches at the start of a word only, and says nothing when absent', () => {
    expect(excerptAround('Bình đẳng', 'inh')).toBeNull();
    expect(excerptAround('Bình đẳng', '   ')).toBeNull();
  });
});
