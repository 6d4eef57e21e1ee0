// The dispatch: the metadata of the official document, beside its verbatim body
// (the Markdown after the front matter of `content/dispatches/<id>.md`).
import { z } from 'zod';
import { isoDate, plainText, slug } from './common.ts';

const line = (title: string, description: string, example: string, max = 400) =>
  plainText({ title, description, example }, max);

const lines = (title: string, description: string) =>
  z.array(line(title, description, '', 400)).min(1).max(30).meta({ title, description });

export const DispatchSchema = z.strictObject({
  id: slug({ title: 'Mã công văn', description: 'Trùng với tên tệp.', example: 'sldtbxh-2020-08-binh-dang-gioi' }),
  authority: line('Cơ quan chủ quản', 'Dòng trên cùng bên trái, viết hoa.', 'UBND TỈNH THANH HÓA'),
  issuer: line('Cơ quan ban hành', 'Tên cơ quan ban hành, viết hoa, có gạch chân.', 'SỞ LAO ĐỘNG - TB VÀ XÃ HỘI'),
  number: line('Số, ký hiệu', 'Nguyên văn dòng số, ký hiệu (bản gốc để trống số).', 'Số: /SLĐTBXH-TEBDG'),
  nation: line('Quốc hiệu', 'Quốc hiệu, viết hoa.', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
  motto: line('Tiêu ngữ', 'Tiêu ngữ.', 'Độc lập - Tự do - Hạnh phúc'),
  place_date: line('Địa danh, ngày tháng', 'Nguyên văn (bản gốc để trống ngày).', 'Thanh Hóa, ngày tháng 8 năm 2020'),
  issued_month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .meta({ title: 'Tháng ban hành', description: 'Năm và tháng ban hành, dạng YYYY-MM (bản gốc không ghi ngày).', example: '2020-08' }),
  subject: line('Trích yếu', 'Dòng "V/v" nói về nội dung công văn.', 'V/v xây dựng kế hoạch…', 600),
  salutation: line('Kính gửi', 'Chữ mở đầu phần nơi gửi.', 'Kính gửi:'),
  recipients: lines('Nơi gửi', 'Các cơ quan nhận công văn.'),
  legal_basis: z
    .strictObject({
      issuer: line('Cơ quan', 'Cơ quan ban hành văn bản căn cứ.', 'UBND tỉnh'),
      number: line('Số', 'Số, ký hiệu văn bản căn cứ.', '11343/UBND-KTTC'),
      date: isoDate({ title: 'Ngày', description: 'Ngày của văn bản căn cứ.', example: '2020-08-08' }),
    })
    .meta({ title: 'Căn cứ', description: 'Văn bản mà công văn thực hiện.' }),
  contact: z
    .strictObject({
      office: line('Đầu mối', 'Phòng chuyên môn đầu mối.', 'Phòng Trẻ em và BĐG'),
      phone: line('Điện thoại', 'Số điện thoại, nguyên văn.', '0373.725.604'),
    })
    .meta({ title: 'Liên hệ', description: 'Nơi phản ánh khó khăn, vướng mắc.' }),
  cc_heading: line('Nơi nhận (tiêu đề)', 'Chữ mở đầu phần nơi nhận.', 'Nơi nhận:'),
  cc: lines('Nơi nhận', 'Các dòng của phần nơi nhận.'),
  signature: z
    .strictObject({
      authority: line('Thẩm quyền ký', 'Ví dụ KT. GIÁM ĐỐC.', 'KT. GIÁM ĐỐC'),
      title: line('Chức vụ người ký', 'Chức vụ người ký.', 'PHÓ GIÁM ĐỐC'),
      name: line('Người ký', 'Họ và tên người ký.', 'Lê Minh Hành'),
    })
    .meta({ title: 'Chữ ký', description: 'Khối chữ ký.' }),
});

export type Dispatch = z.output<typeof DispatchSchema>;
export type DispatchInput = z.input<typeof DispatchSchema>;
