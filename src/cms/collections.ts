// The names of the CMS collections, shared by the config generator and the admin script.
export const PLAN_COLLECTION_PREFIX = 'ke-hoach-';
export const REPORT_COLLECTION_PREFIX = 'bao-cao-';

export const planCollection = (cycle: string) => `${PLAN_COLLECTION_PREFIX}${cycle}`;
export const reportCollection = (cycle: string, period: string) => `${REPORT_COLLECTION_PREFIX}${cycle}-${period}`;

/** Custom widgets of the admin script (src/cms/browser/start.ts), named once. */
export const WIDGETS = {
  money: 'tien-trieu-dong',
  date: 'ngay',
  checkedSelect: 'chon-va-kiem-tra',
  planActivity: 'hoat-dong-ke-hoach',
  list: 'danh-sach',
} as const;

/**
 * The end of the label of a field required only once a plan is submitted: an invisible U+2060
 * (WORD JOINER), written by src/cms/fields.ts, read by src/cms/browser/labels.ts, which shows
 * "(bắt buộc khi nộp chính thức)" there instead of Decap's "(không bắt buộc)".
 */
export const CONDITIONAL_MARK = '\u2060';
