import { agencyLabel, districtLabel } from '@ascc/catalog';
import PDFDocument from 'pdfkit';
import type { TrainingCourse } from '../courses/training-course.entity';
import type { Trainee } from '../trainees/trainee.entity';

const font = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);
const viDate = (iso: string) => iso.split('-').reverse().join('/');

/** The certificate of completion, A4 landscape, in Vietnamese under the national heading. */
export function certificatePdf(course: TrainingCourse, trainee: Trainee, number: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 50,
    info: { Title: `Giấy chứng nhận ${number}` },
  });
  doc.registerFont('serif', font('DejaVuSerif'));
  doc.registerFont('serif-bold', font('DejaVuSerif-Bold'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 100;
  const agency = agencyLabel(course.agencyCode, 'vi');
  const unit = trainee.agencyCode
    ? agencyLabel(trainee.agencyCode, 'vi')
    : [trainee.commune, trainee.districtCode ? districtLabel(trainee.districtCode, 'vi') : null]
        .filter(Boolean)
        .join(', ');
  const [year, month, day] = course.endDate.split('-');

  doc
    .rect(25, 25, doc.page.width - 50, doc.page.height - 50)
    .lineWidth(3)
    .stroke('#8b1a1a');
  doc.font('serif-bold').fontSize(14).fillColor('black');
  doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 50, 55, { width, align: 'center' });
  doc.fontSize(13).text('Độc lập - Tự do - Hạnh phúc', { width, align: 'center', underline: true });
  doc.moveDown(0.6).font('serif').fontSize(11).text(`Số: ${number}`, { width, align: 'center' });
  doc
    .moveDown(1)
    .font('serif-bold')
    .fontSize(26)
    .fillColor('#8b1a1a')
    .text('GIẤY CHỨNG NHẬN', { width, align: 'center' });
  doc
    .font('serif')
    .fontSize(13)
    .fillColor('black')
    .text(`${agency.toUpperCase()} chứng nhận`, { width, align: 'center' });
  doc
    .moveDown(0.8)
    .font('serif-bold')
    .fontSize(20)
    .text(`Ông/Bà: ${trainee.fullName}`, { width, align: 'center' });
  doc.font('serif').fontSize(13);
  if (trainee.dateOfBirth) doc.text(`Sinh ngày: ${viDate(trainee.dateOfBirth)}`, { width, align: 'center' });
  if (trainee.position || unit)
    doc.text([trainee.position, unit].filter(Boolean).join(' - '), { width, align: 'center' });
  doc.moveDown(0.6).text('Đã hoàn thành khóa đào tạo, bồi dưỡng:', { width, align: 'center' });
  doc.font('serif-bold').fontSize(15).text(course.titleVi, { width, align: 'center' });
  doc
    .font('serif')
    .fontSize(13)
    .text(
      `Từ ngày ${viDate(course.startDate)} đến ngày ${viDate(course.endDate)}${course.venue ? ` tại ${course.venue}` : ''}`,
      { width, align: 'center' },
    );
  doc.text('Kết quả: Đạt yêu cầu', { width, align: 'center' });
  doc
    .moveDown(1.2)
    .font('serif')
    .fontSize(12)
    .text(`Thái Bình, ngày ${day} tháng ${month} năm ${year}`, 50 + width / 2, undefined, {
      width: width / 2,
      align: 'center',
    });
  doc.font('serif-bold').text(`THỦ TRƯỞNG ${agency.toUpperCase()}`, 50 + width / 2, undefined, {
    width: width / 2,
    align: 'center',
  });
  doc.end();
  return done;
}
