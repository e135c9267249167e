import 'reflect-metadata';
import { handlerWiring } from '@ascc/service-kit';
import { AppModule } from '../app.module';

describe('reporting service wiring', () => {
  it('answers each of its routes and internal subjects exactly once, with the contract of each', () => {
    expect(handlerWiring(AppModule, 'reporting')).toEqual({
      missing: [],
      duplicated: [],
      foreign: [],
      handWritten: [],
    });
  });
});
