export * from './read-rule';
export * from './superiors.loader';
export * from './read-access';
