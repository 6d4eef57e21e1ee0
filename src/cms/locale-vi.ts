// What Decap CMS 3.16's Vietnamese locale lacks or gets wrong: without it, officers would
// see "Add hoạt động", "Expand", "Trạng: Sẵn sàng". Merged over the bundled `vi` locale
// by /admin/cms-start.js (src/cms/browser/start.ts) before the CMS starts.
// tests/cms/locale.test.ts checks that every key here exists in the English locale.
//
// One meaning of "nháp": a plan's status «Bản nháp» (not yet submitted, in the form). The
// columns of the review board say where a change is in the review instead: «Đang soạn»
// (saved, not sent for review), «Chờ duyệt», «Đã duyệt, chờ công bố».
export const VI_LOCALE_FIXES = {
  auth: { loginWithAzure: 'Đăng nhập bằng Azure', loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    // "＋" (U+FF0B) is missing from common fonts: the button said "□ kế hoạch 2021-2023".
    collectionTop: { viewAsList: 'Xem dạng danh sách', viewAsGrid: 'Xem dạng lưới', groupBy: 'Nhóm theo', newButton: 'Tạo %{collectionLabel}', newButtonAriaLabel: 'Tạo %{collectionLabel}' },
    entries: { unpublishedHeader: 'Mục chưa công bố' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorInterface: { togglePreview: 'Bật/tắt xem trước', toggleScrollSync: 'Cuộn đồng bộ', toggleNotes: 'Bật/tắt ghi chú', toggleI18n: 'Bật/tắt đa ngôn ngữ' },
    editorToolbar: {
      status: 'Bước duyệt: %{status}',
      draft: 'Đang soạn',
      inReview: 'Chờ duyệt',
      ready: 'Đã duyệt, chờ công bố',
      statusInfoTooltipDraft: 'Bài đã lưu nhưng chưa gửi duyệt. Khi soạn xong, chọn "Chờ duyệt" để gửi cơ quan thường trực.',
      statusInfoTooltipInReview: 'Bài đang chờ cơ quan thường trực duyệt; không cần làm gì thêm. Bạn vẫn có thể sửa trong khi chờ.',
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
  workflow: {
    workflowList: {
      draftHeader: 'Đang soạn',
      inReviewHeader: 'Chờ duyệt',
      readyHeader: 'Đã duyệt, chờ công bố',
      onPublishingNotReadyEntry: 'Chỉ bài ở cột "Đã duyệt, chờ công bố" mới công bố được. Hãy kéo thẻ vào cột đó trước.',
    },
  },
  ui: { settingsDropdown: { account: 'Tài khoản' } },
} as const;
