import { Role } from '@xinfang/kit/identity';
import type { Identity } from '@xinfang/kit/identity';

/** The demo city's people, one per kind of user, for the local platform and its tokens. */
export const demoUsers = {
  reception: { userId: 'demo-reception', name: '接待员 王芳', agencyId: 'bengbu-procuratorate', roles: [Role.RECEPTION] },
  handler: { userId: 'demo-handler', name: '承办检察官 李明', agencyId: 'bengbu-procuratorate', roles: [Role.HANDLER] },
  leader: { userId: 'demo-leader', name: '检察长 张强', agencyId: 'bengbu-procuratorate', roles: [Role.LEADER, Role.HANDLER] },
  womensFederation: { userId: 'demo-womens-federation', name: '妇联干部 陈静', agencyId: 'bengbu-womens-federation', roles: [Role.PARTNER] },
  civilAffairs: { userId: 'demo-civil-affairs', name: '民政局干部 刘洋', agencyId: 'bengbu-civil-affairs', roles: [Role.PARTNER] },
  commission: { userId: 'demo-commission', name: '政法委干部 赵磊', agencyId: 'bengbu-commission', roles: [Role.COMMISSION] },
  court: { userId: 'demo-court', name: '法官 孙丽', agencyId: 'bengbu-court', roles: [Role.HANDLER] },
  auditor: { userId: 'demo-auditor', name: '监督员 周敏', agencyId: 'bengbu-procuratorate', roles: [Role.AUDITOR] },
  admin: { userId: 'demo-admin', name: '系统管理员', agencyId: 'bengbu-procuratorate', roles: [Role.ADMIN] },
} satisfies Record<string, Identity>;

export type DemoUserKey = keyof typeof demoUsers;
