/**
 * The figure sentences of each seed report (test/reference/*.txt, copied from shared/reference) that its sample workbook in templates/ can
 * supply, copied from the seed text: the report the product writes from that workbook must carry each of them, in
 * its text (test/report.test.ts) and in the PDF a reader prints (test/report-pdf.test.ts).
 */
export interface SeedSentences {
  /** The seed report, in test/reference. */
  reference: string;
  sentences: string[];
}

export const SEED_SENTENCES: Record<string, SeedSentences> = {
  // 001
  'lap-vo-thang-03-2024.xlsx': {
    reference: 'bao-cao-644-thang-03-2024-lap-vo.txt',
    sentences: [
      'Tổng số hồ sơ tiếp nhận là 308 hồ sơ, trong đó, kỳ trước chuyển qua là 65 hồ sơ; trong kỳ là 243 hồ sơ (trong đó, trực tuyến: 192 hồ sơ).',
      'Số lượng hồ sơ đã giải quyết 225 hồ sơ, trong đó giải quyết sớm hạn: 198 hồ sơ, đúng hạn: 22 hồ sơ, trả trễ hạn: 05 hồ sơ;',
      'Số lượng hồ sơ đang giải quyết: 83 hồ sơ; trong đó: chưa đến hạn: 82 hồ sơ, quá hạn: 01 hồ sơ',
      'Tổng số hồ sơ tiếp nhận là 1.886 hồ sơ, trong đó, kỳ trước chuyển qua là 80 hồ sơ; trong kỳ là 1.806 hồ sơ (trong đó, trực tuyến: 1.624 hồ sơ).',
      'Số lượng hồ sơ đã giải quyết 1.722 hồ sơ, trong đó giải quyết sớm hạn: 1.544 hồ sơ, đúng hạn: 175 hồ sơ, trả trễ hạn: 03 hồ sơ;',
      'Số lượng hồ sơ đang giải quyết: 154 hồ sơ; trong đó: chưa đến hạn: 154 hồ sơ, quá hạn: 00 hồ sơ.',
      'tính đến ngày 14/02/2024 là: Tổng số kết quả cần số hóa khắc phục: 51.530 hồ sơ, trong đó, đã số hóa 47.658 hồ sơ, tiếp tục số hóa 3.872',
      'đạt tỷ lệ 92,49%',
      '(từ ngày 15/02/2024 đến ngày 12/3/2024): Kết quả giải quyết xong, trả kết quả là 209 hồ sơ; số hóa kết quả giải quyết TTHC là 196 hồ sơ, số hóa thành phần hồ sơ giấy tờ là 201.',
      'Kết quả giải quyết xong, trả kết quả là 1.690 hồ sơ; số hóa kết quả giải quyết TTHC là 1.688 hồ sơ, số hóa thành phần hồ sơ giấy tờ là 1.495.',
      'Kết quả giải quyết TTHC (từ ngày 15/02/2024 đến ngày 12/3/2024):',
      'Trong tháng 03, tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo là 00 PAKN, trong đó: Số tiếp nhận mới trong kỳ: 00 PAKN; số từ kỳ trước chuyển qua: 00 PAKN; số phản ánh, kiến nghị về quy định hành chính: 00 PAKN; số phản ánh, kiến nghị về hành vi hành chính: 00 PAKN.',
      'Số phản ánh, kiến nghị đã xử lý: 00 PAKN.',
      'Số phản ánh, kiến nghị đang xử lý: 00 PAKN.',
      'Trên đây là báo cáo kết quả tăng cường trách nhiệm và nâng cao hiệu quả công tác cải cách TTHC tháng 3 năm 2024 của Ủy ban nhân dân huyện Lấp Vò./.',
      'Trương Thị Diệp',
      'Lưu: VT, H.',
    ],
  },
  // 000
  'thap-muoi-thang-01-2024.xlsx': {
    reference: 'bao-cao-644-thang-01-2024.txt',
    sentences: [
      'trong tháng 01/2024, cấp huyện đạt 97,38%, cấp xã đạt 89,38%',
      'Trong tháng, có tiếp nhận 02 phản ánh qua Tổng đài 1022 (không có phản ánh về thực hiện thủ tục hành chính)',
      'không có trường hợp chậm trễ trong việc trả lời phản ánh, kiến nghị',
      'Thực hiện Công văn số 14/UBND-HCC ngày 15 tháng 8 năm 2023 của',
      'trong tháng 01 năm 2024, cụ thể như sau:',
      'Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp',
      'Đoàn Thanh Bình',
    ],
  },
  // 002
  'thap-muoi-thang-11-2023.xlsx': {
    reference: 'bao-cao-bo-chi-so-thang-11-2023-thap-muoi.txt',
    sentences: [
      'cấp huyện đã giải quyết 349 hồ sơ (trong đó trả trước hạn 280 hồ sơ, đúng hạn 69 hồ sơ,',
      'còn đang giải quyết 61 hồ sơ; cấp xã đã giải quyết 1.890 hồ sơ (trong đó trả trước hạn 1.644 hồ sơ, đúng hạn 246 hồ sơ, trễ hạn 0), còn đang giải quyết 169 hồ sơ.',
      'không có hồ sơ trễ hạn, quá hạn.',
      'tỷ lệ thực hiện dịch vụ công trực tuyến cấp huyện đạt 88,05%, cấp xã đạt 80,6%',
      'số hóa hồ sơ, kết quả giải quyết TTHC 261 hồ sơ, đạt',
      'số hóa hồ sơ, kết quả giải quyết TTHC 1.083 hồ sơ, đạt 57,3%',
      'thanh toán trực tuyến đạt 47,71% (theo quy định là 30%)',
      'trong tháng 11/2023 có phát sinh 386 hồ sơ',
      'Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp',
      'Đoàn Thanh Bình',
    ],
  },
  // 004: its figures are in the appendix; the body speaks of them in words of its own.
  'chau-thanh-nam-2020.xlsx': {
    reference: 'bao-cao-cchc-nam-2020-chau-thanh.txt',
    sentences: ['Tình hình thực hiện công tác cải cách hành chính năm 2020', 'Tạ Chí Thái', 'Phòng Nội vụ Huyện;', 'Lưu: VT.', '3=4+5', '6=7+8', '9=10+11'],
  },
};
