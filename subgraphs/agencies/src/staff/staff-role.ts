import { registerEnumType } from 'type-graphql';
import { Role } from '@xinfang/kit';

/** The kit's roles, as the directory shows them: what each member of staff may do on the platform. */
registerEnumType(Role, {
  name: 'Role',
  description: 'What a member of staff may do on the platform; a token carries the same roles.',
  valuesConfig: {
    RECEPTION: { description: '12309 service-centre reception (接待人员): registers petitions, sends procedural replies.' },
    HANDLER: { description: 'Case handler (承办人) with first responsibility (首办责任制).' },
    DEPARTMENT_HEAD: { description: 'Department head (部门负责人): assigns and transfers within the agency.' },
    LEADER: { description: 'Leader (院领导): takes difficult cases personally, reception days, case-carrying visits.' },
    PARTNER: { description: 'Caseworker of a partner agency receiving referrals.' },
    COMMISSION: { description: 'Political-legal commission (政法委) coordinator of joint visits.' },
    AUDITOR: { description: 'Auditor or supervisor: reads the record.' },
    ADMIN: { description: 'Administrator of the platform and its directory.' },
  },
});

export { Role };
