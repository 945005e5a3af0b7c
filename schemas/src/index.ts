export * from './render-schemas';
export * from './schema-files';
export * from './event-contract-files';
