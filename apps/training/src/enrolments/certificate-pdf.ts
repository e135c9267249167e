import { agencyLabel, districtLabel } from '@ascc/catalog';
import {
  documentHeading,
  drawPdfHeading,
  drawPdfSignature,
  officeDate,
  registerPdfFonts,
} from '@ascc/service-kit';
import PDFDocument from 'pdfkit';
import type { TrainingCourse } from '../courses/training-course.entity';
import type { Trainee } from '../trainees/trainee.entity';

/**
 * The certificate of completion, one A4 landscape page, in Vietnamese: the organising agency's block
 * and the national heading, dated the course's last day, then the trainee and the course, and the
 * signer's title with room for the signature, seal and name.
 */
export function certificatePdf(course: TrainingCourse, trainee: Trainee, number: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 50,
    info: { Title: `Giấy chứng nhận ${number}` },
  });
  registerPdfFonts(doc);
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
  const centred = (text: string) => doc.text(text, 50, undefined, { width, align: 'center', lineGap: 5 });

  doc
    .rect(25, 25, doc.page.width - 50, doc.page.height - 50)
    .lineWidth(3)
    .stroke('#8b1a1a');
  doc.y = 45;
  drawPdfHeading(doc, documentHeading(course.agencyCode, course.endDate), {
    fontSize: 11,
    number: `Số: ${number}`,
  });
  doc.moveDown(1.2).font('serif-bold').fontSize(26).fillColor('#8b1a1a');
  centred('GIẤY CHỨNG NHẬN');
  doc.font('serif').fontSize(12).fillColor('black');
  centred(`${agency.toUpperCase()} chứng nhận`);
  doc.moveDown(0.8).font('serif-bold').fontSize(20);
  centred(`Ông/Bà: ${trainee.fullName}`);
  doc.font('serif').fontSize(12);
  if (trainee.dateOfBirth) centred(`Sinh ngày: ${officeDate(trainee.dateOfBirth)}`);
  if (trainee.position || unit) centred([trainee.position, unit].filter(Boolean).join(' - '));
  doc.moveDown(0.6);
  centred('Đã hoàn thành khóa đào tạo, bồi dưỡng:');
  doc.font('serif-bold').fontSize(15);
  centred(course.titleVi);
  doc.font('serif').fontSize(12);
  centred(
    `Từ ngày ${officeDate(course.startDate)} đến ngày ${officeDate(course.endDate)}${course.venue ? ` tại ${course.venue}` : ''}`,
  );
  centred('Kết quả: Đạt yêu cầu');
  // The signer's block sits at the foot of the page, whatever the length of the text above it.
  drawPdfSignature(
    doc,
    { title: `Thủ trưởng ${agency}`, y: Math.max(doc.y + 10, doc.page.height - 175) },
    { fontSize: 12, room: 50 },
  );
  doc.end();
  return done;
}
