import { ConnectionType } from '@xinfang/kit';
import { Petition } from './petition.entity';

/** A page of petitions; one declaration for every list of them. */
export const PetitionConnection = ConnectionType(Petition, 'Petition');
