import cluster from 'node:cluster';
import { createLogger, runUntilSignalled } from '@xinfang/kit';
import { startGateway } from './gateway';
import { readGatewayConfig } from './gateway-config';
import { runGatewayWorkers } from './gateway-workers';

const config = readGatewayConfig();
if (config.workers > 1 && cluster.isPrimary) runGatewayWorkers(config.workers, createLogger('gateway', config.logLevel));
else runUntilSignalled('gateway', () => startGateway(config));
