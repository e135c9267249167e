import 'reflect-metadata';
import { handlerWiring } from '@ascc/service-kit';
import { AppModule } from '../app.module';

describe('budget service wiring', () => {
  it('answers each of its routes and internal subjects exactly once, with the contract of each', () => {
    expect(handlerWiring(AppModule, 'budget')).toEqual({
      missing: [],
      duplicated: [],
      foreign: [],
      handWritten: [],
    });
  });
});
