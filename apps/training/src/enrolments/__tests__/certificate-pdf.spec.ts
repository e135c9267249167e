import PDFDocument from 'pdfkit';
import type { TrainingCourse } from '../../courses/training-course.entity';
import type { Trainee } from '../../trainees/trainee.entity';
import { certificatePdf } from '../certificate-pdf';

const course = {
  code: 'NV-2026-03',
  titleVi: 'Bồi dưỡng kiến thức hội nhập quốc tế cho cán bộ cấp xã',
  agencyCode: 'SNV',
  venue: 'Hội trường UBND huyện Kiến Xương',
  startDate: '2026-05-06',
  endDate: '2026-05-08',
} as TrainingCourse;
const trainee = {
  staffCode: 'T-12',
  fullName: 'Nguyễn Thị Lan',
  dateOfBirth: '1990-03-07',
  position: 'Công chức văn phòng - thống kê',
  commune: 'Xã An Bình',
  districtCode: 'H-KIENXUONG',
} as Trainee;

/** Every string the certificate draws, in order (the PDF's own text is glyph ids in a subset font). */
async function drawnText(): Promise<{ text: string[]; pdf: Buffer }> {
  const text: string[] = [];
  const original = PDFDocument.prototype.text;
  const spy = jest.spyOn(PDFDocument.prototype, 'text').mockImplementation(function (
    this: PDFKit.PDFDocument,
    ...args: Parameters<typeof original>
  ) {
    text.push(String(args[0]));
    return original.apply(this, args);
  });
  try {
    const pdf = await certificatePdf(course, trainee, 'CC-2026-000012');
    return { text, pdf };
  } finally {
    spy.mockRestore();
  }
}

describe('the training certificate', () => {
  it("carries the agency's block and the national heading, dd/mm/yyyy dates and room for the signer", async () => {
    const { text, pdf } = await drawnText();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // One page: the signature block never spills onto a second sheet.
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(text.slice(0, 4)).toEqual([
      'UBND TỈNH THÁI BÌNH',
      'SỞ NỘI VỤ',
      'Số: CC-2026-000012',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Thái Bình, ngày 8 tháng 5 năm 2026');
    expect(text).toContain('Sinh ngày: 07/03/1990');
    expect(text).toContain('Từ ngày 06/05/2026 đến ngày 08/05/2026 tại Hội trường UBND huyện Kiến Xương');
    // The signer's title, the instruction, then a line for the name under the room for the signature.
    const title = text.indexOf('THỦ TRƯỞNG SỞ NỘI VỤ');
    expect(title).toBeGreaterThan(0);
    expect(text.slice(title + 1)).toEqual(['(Ký, ghi rõ họ tên và đóng dấu)', '…………………………………']);
    expect(text.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
