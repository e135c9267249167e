import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AID_SUBJECTS } from '@ascc/contracts';
import { NgosService } from './ngos.service';

@Controller()
export class NgosHandler {
  constructor(private readonly ngos: NgosService) {}

  @MessagePattern(AID_SUBJECTS.ngoCreate)
  create(@Payload() payload: unknown) {
    return this.ngos.create(payload);
  }

  @MessagePattern(AID_SUBJECTS.ngoList)
  list(@Payload() payload: unknown) {
    return this.ngos.list(payload);
  }

  @MessagePattern(AID_SUBJECTS.ngoGet)
  get(@Payload() payload: unknown) {
    return this.ngos.get(payload);
  }
}
