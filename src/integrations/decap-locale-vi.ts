// What Decap CMS 3.16's Vietnamese locale lacks or gets wrong: without it, officers would
// see "Add hoạt động", "Expand", "Trạng: Sẵn sàng". Merged over the bundled `vi` locale
// by /admin/cms-start.js (src/pages/admin/cms-start.js.ts) before the CMS starts. tests/cms/locale.test.ts checks
// that every key here exists in the English locale (so a renamed key is noticed).
export const VI_LOCALE_FIXES = {
  auth: { loginWithAzure: 'Đăng nhập bằng Azure', loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Xem dạng danh sách', viewAsGrid: 'Xem dạng lưới', groupBy: 'Nhóm theo' },
    entries: { unpublishedHeader: 'Mục chưa công bố' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorInterface: { togglePreview: 'Bật/tắt xem trước', toggleScrollSync: 'Cuộn đồng bộ', toggleNotes: 'Bật/tắt ghi chú', toggleI18n: 'Bật/tắt đa ngôn ngữ' },
    editorToolbar: {
      status: 'Trạng thái: %{status}',
      statusInfoTooltipDraft: 'Mục đang ở trạng thái bản nháp. Khi soạn xong, hãy chuyển sang "Đang xét duyệt" để gửi duyệt.',
      statusInfoTooltipInReview: 'Mục đang được xét duyệt; không cần làm gì thêm. Bạn vẫn có thể sửa trong khi chờ duyệt.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        toggleMode: { rich: 'Chuyển sang chế độ soạn thảo', markdown: 'Chuyển sang chế độ Markdown' },
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là hôm nay' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở rộng', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Đóng' } },
  ui: { settingsDropdown: { account: 'Tài khoản' } },
} as const;
