export * from './render-schemas';
export * from './schema-files';
