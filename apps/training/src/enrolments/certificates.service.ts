import { Inject, Controller } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { type FileDownload, TRAINING_ROUTES, type RouteInput } from '@ascc/contracts';
import { type RequestContext, ServiceError, findPermitted, Handles } from '@ascc/service-kit';
import { TrainingCourse } from '../courses/training-course.entity';
import { Trainee } from '../trainees/trainee.entity';
import { certificatePdf } from './certificate-pdf';
import { Enrolment } from './enrolment.entity';
import { COURSE } from './roster';

/** A passed trainee's certificate, as a PDF. */
@Controller()
export class CertificatesService {
  constructor(@Inject(MikroORM) private readonly orm: MikroORM) {}

  @Handles(TRAINING_ROUTES.certificateGet)
  async certificate(
    { id, enrolmentId }: RouteInput<typeof TRAINING_ROUTES.certificateGet>,
    ctx: RequestContext,
  ): Promise<FileDownload> {
    const em = this.orm.em.fork();
    const course = await findPermitted(em, TrainingCourse, id, ctx, 'training.course.read', COURSE);
    const enrolment = await em.findOne(Enrolment, { id: enrolmentId, courseId: id });
    if (!enrolment) throw ServiceError.notFound('Enrolment', enrolmentId);
    const trainee = await em.findOneOrFail(Trainee, { id: enrolment.traineeId });
    if (!enrolment.certificateNo) {
      throw ServiceError.refuse(
        'noCertificate',
        { name: trainee.fullName, staffCode: trainee.staffCode },
        `${trainee.fullName} (${trainee.staffCode}) has no certificate: the course is not completed or they did not pass`,
      );
    }
    const pdf = await certificatePdf(course, trainee, enrolment.certificateNo);
    return {
      fileName: `${enrolment.certificateNo}.pdf`,
      contentType: 'application/pdf',
      base64: pdf.toString('base64'),
    };
  }
}
