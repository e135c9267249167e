import { Trainee } from '../../trainees/trainee.entity';
import { Enrolment } from '../enrolment.entity';
import { must, toEnrolmentDto } from '../enrolment-mappers';
import { person } from '../roster-audit';

const trainee = Object.assign(new Trainee(), {
  id: 't1',
  staffCode: 'CB001',
  fullName: 'Nguyễn Văn An',
  gender: 'male' as const,
  level: 'commune' as const,
  group: 'civil-servant' as const,
});

describe('enrolment mappers', () => {
  it('joins an enrolment with its trainee, absent values as null', () => {
    const enrolment = Object.assign(new Enrolment(), {
      id: 'e1',
      courseId: 'c1',
      traineeId: 't1',
      status: 'enrolled' as const,
      seq: 4,
      attendance: ['present' as const, null],
      version: 2,
    });
    expect(toEnrolmentDto(enrolment, trainee)).toEqual({
      id: 'e1',
      courseId: 'c1',
      traineeId: 't1',
      staffCode: 'CB001',
      fullName: 'Nguyễn Văn An',
      gender: 'male',
      level: 'commune',
      group: 'civil-servant',
      status: 'enrolled',
      seq: 4,
      attendance: ['present', null],
      score: null,
      result: null,
      certificateNo: null,
      version: 2,
    });
  });

  it('names a person in the history by staff code and name only', () => {
    expect(person(trainee)).toEqual({ staffCode: 'CB001', fullName: 'Nguyễn Văn An' });
  });

  it('answers a row read in the transaction and fails loudly on a missing one', () => {
    const map = new Map([['a', 1]]);
    expect(must(map, 'a')).toBe(1);
    expect(() => must(map, 'b')).toThrow('Missing b');
  });
});
