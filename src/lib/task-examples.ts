// Example activities for each of the dispatch's seven tasks (guidance page), keyed by the
// fixed task ids of FORMAT.md. Examples for a district (huyện) and a provincial body (sở, ngành).
export const TASK_EXAMPLES: Record<string, { asks: string; examples: string[] }> = {
  'truyen-thong': {
    asks: 'Mỗi đơn vị tổ chức truyền thông cho cán bộ, công chức, viên chức và nhân dân, và hằng năm tổ chức Tháng hành động (15/11 - 15/12).',
    examples: [
      'Hội nghị truyền thông về bình đẳng giới tại các xã, phường, thị trấn',
      'Chuyên mục bình đẳng giới trên loa truyền thanh cơ sở, trang thông tin điện tử của đơn vị',
      'Lễ phát động, treo băng rôn, tọa đàm trong Tháng hành động (đánh dấu "Trong Tháng hành động")',
    ],
  },
  'lanh-dao': {
    asks: 'Cấp ủy, lãnh đạo đơn vị ban hành văn bản chỉ đạo, phân công trách nhiệm, kiện toàn Ban vì sự tiến bộ của phụ nữ.',
    examples: ['Ban hành kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới', 'Kiện toàn Ban vì sự tiến bộ của phụ nữ', 'Quy hoạch, đào tạo cán bộ nữ'],
  },
  'chuong-trinh': {
    asks: 'Xây dựng và thực hiện chương trình, đề án, dự án, mô hình cụ thể về bình đẳng giới của ngành, địa phương.',
    examples: ['Mô hình câu lạc bộ "Gia đình hạnh phúc, không bạo lực"', 'Mô hình giảm thiểu tảo hôn ở vùng đồng bào dân tộc thiểu số', 'Đề án hỗ trợ nữ cán bộ nâng cao trình độ'],
  },
  'long-ghep': {
    asks: 'Đưa vấn đề bình đẳng giới vào khi xây dựng và thực hiện chính sách, văn bản, quy hoạch, kế hoạch phát triển của ngành, địa phương.',
    examples: ['Đánh giá lồng ghép giới trong dự thảo văn bản quy phạm pháp luật', 'Lồng ghép giới trong kế hoạch phát triển kinh tế - xã hội cấp xã', 'Thu thập số liệu thống kê tách biệt theo giới'],
  },
  'dich-vu': {
    asks: 'Phát triển dịch vụ hỗ trợ phụ nữ, nam giới; huy động xã hội hóa và phối hợp liên ngành.',
    examples: ['Địa chỉ tin cậy tại cộng đồng hỗ trợ nạn nhân bạo lực gia đình', 'Tư vấn, giới thiệu việc làm, học nghề cho lao động nữ', 'Chương trình phối hợp liên ngành với Hội Liên hiệp Phụ nữ'],
  },
  'kiem-tra': {
    asks: 'Kiểm tra, rà soát việc thực hiện chính sách, pháp luật về bình đẳng giới trong đơn vị và đơn vị được giao theo dõi; chấn chỉnh kịp thời.',
    examples: ['Kiểm tra việc thực hiện pháp luật về bình đẳng giới tại một số xã', 'Tự kiểm tra trong cơ quan và đơn vị trực thuộc'],
  },
  'bao-cao': {
    asks: 'Định kỳ tổng hợp, báo cáo kết quả về cơ quan thường trực đúng hạn.',
    examples: ['Báo cáo 6 tháng và năm về công tác bình đẳng giới', 'Sơ kết giai đoạn thực hiện Chiến lược quốc gia về bình đẳng giới'],
  },
};
