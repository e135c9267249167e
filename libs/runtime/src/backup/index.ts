export * from './backup';
export * from './connection';
export * from './manifest';
