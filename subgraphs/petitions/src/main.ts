import { runUntilSignalled } from '@xinfang/kit';
import { startPetitions } from './index';

runUntilSignalled('petitions', startPetitions);
