export * from './audit';
export * from './audit-migration';
export * from './audit-entry.entity';
export * from './audit-log';
