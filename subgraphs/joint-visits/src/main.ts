import { runUntilSignalled } from '@xinfang/kit';
import { startJointVisits } from './index';

runUntilSignalled('joint-visits', startJointVisits);
