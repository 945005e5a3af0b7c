import { runUntilSignalled } from '@xinfang/kit';
import { startAgencies } from './index';

runUntilSignalled('agencies', startAgencies);
