export * from './metrics';
export * from './subgraph-metrics';
export * from './tracing';
