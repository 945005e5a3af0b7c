import { runUntilSignalled } from '@xinfang/kit';
import { startGateway } from './gateway';
import { readGatewayConfig } from './gateway-config';

runUntilSignalled('gateway', () => startGateway(readGatewayConfig()));
