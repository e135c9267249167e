export * from './common';
export * from './agencies';
export * from './districts';
export * from './plan-areas';
export * from './solutions';
export * from './phases';
export * from './countries';
export * from './funding-sources';
