export * from './resident-id';
export * from './masking';
export * from './personal-data-keys';
export * from './personal-data-protector';
export * from './log-scrubbing';
