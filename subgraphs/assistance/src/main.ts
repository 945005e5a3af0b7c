import { runUntilSignalled } from '@xinfang/kit';
import { startAssistance } from './index';

runUntilSignalled('assistance', startAssistance);
