import { Role } from '@xinfang/kit/identity';

/** A person of the demo city; the token command's demo users are some of them. */
export interface DemoStaffMember {
  id: string;
  name: string;
  agencyId: string;
  department: string | null;
  title: string | null;
  roles: Role[];
  isLeader: boolean;
}

const at = (agencyId: string) => (slug: string, name: string, department: string | null, title: string, roles: Role[], isLeader = false): DemoStaffMember =>
  ({ id: `${agencyId}.${slug}`, name, agencyId, department, title, roles, isLeader });

const procuratorate = at('bengbu-procuratorate');
const RECEPTION_CENTRE = '控告申诉检察部（12309检察服务中心）';

/**
 * The people behind the token command's demo users (`npm run -s token -- --user <key>`): the
 * same ids, names, agencies and roles as their staff records. Plain data importing only the
 * kit's identity module, so the token command stays fast.
 */
export const demoUserStaff = {
  reception: procuratorate('wang-fang', '王芳', RECEPTION_CENTRE, '检察官助理', [Role.RECEPTION]),
  handler: procuratorate('li-ming', '李明', RECEPTION_CENTRE, '检察官', [Role.HANDLER]),
  leader: procuratorate('zhang-qiang', '张强', null, '检察长', [Role.LEADER, Role.HANDLER], true),
  womensFederation: at('bengbu-womens-federation')('chen-jing', '陈静', '权益部', '干事', [Role.PARTNER]),
  civilAffairs: at('bengbu-civil-affairs')('liu-yang', '刘洋', '社会救助科', '科员', [Role.PARTNER]),
  commission: at('bengbu-commission')('zhao-lei', '赵磊', '执法监督科', '科员', [Role.COMMISSION]),
  court: at('bengbu-court')('sun-li', '孙丽', '立案庭', '法官', [Role.HANDLER]),
  auditor: procuratorate('zhou-min', '周敏', '检务督察部', '督察员', [Role.AUDITOR]),
  admin: procuratorate('wu-jun', '吴军', '案件管理部', '系统管理员', [Role.ADMIN]),
} satisfies Record<string, DemoStaffMember>;

export type DemoUserKey = keyof typeof demoUserStaff;

const county = (agencyId: string, leader: [string, string], reception: [string, string], handler: [string, string]) => [
  at(agencyId)(leader[0], leader[1], null, '检察长', [Role.LEADER, Role.HANDLER], true),
  at(agencyId)(reception[0], reception[1], '控告申诉检察部', '检察官助理', [Role.RECEPTION]),
  at(agencyId)(handler[0], handler[1], '控告申诉检察部', '检察官', [Role.HANDLER]),
];

/** Everyone in the demo city, in every agency (the demo users included). */
export const demoStaff: DemoStaffMember[] = [
  ...Object.values(demoUserStaff),
  procuratorate('liu-zhigang', '刘志刚', null, '副检察长', [Role.LEADER, Role.HANDLER], true),
  procuratorate('huang-lihua', '黄丽华', null, '副检察长', [Role.LEADER, Role.HANDLER], true),
  procuratorate('chen-weidong', '陈卫东', RECEPTION_CENTRE, '主任', [Role.DEPARTMENT_HEAD, Role.HANDLER]),
  procuratorate('ma-xiaoyan', '马晓燕', RECEPTION_CENTRE, '检察官助理', [Role.RECEPTION]),
  procuratorate('sun-haitao', '孙海涛', '第一检察部', '主任', [Role.DEPARTMENT_HEAD, Role.HANDLER]),
  procuratorate('he-jianguo', '何建国', '第一检察部', '检察官', [Role.HANDLER]),
  at('anhui-procuratorate')('song-jianping', '宋建平', null, '检察长', [Role.LEADER, Role.HANDLER], true),
  at('anhui-procuratorate')('lin-hai', '林海', '控告申诉检察部', '检察官', [Role.HANDLER]),
  ...county('huaiyuan-procuratorate', ['yang-fan', '杨帆'], ['xu-jing', '许静'], ['han-lei', '韩磊']),
  ...county('wuhe-procuratorate', ['cao-ming', '曹明'], ['peng-li', '彭丽'], ['dong-wei', '董伟']),
  ...county('guzhen-procuratorate', ['yuan-hua', '袁华'], ['jiang-hong', '蒋红'], ['shen-tao', '沈涛']),
  at('bengbu-court')('feng-tao', '冯涛', null, '副院长', [Role.LEADER, Role.HANDLER], true),
  at('bengbu-court')('gao-feng', '高峰', '审判监督庭', '庭长', [Role.DEPARTMENT_HEAD, Role.HANDLER]),
  at('bengbu-police')('deng-jun', '邓军', '信访科', '科长', [Role.DEPARTMENT_HEAD, Role.HANDLER]),
  at('bengbu-police')('qian-wei', '钱伟', '信访科', '民警', [Role.HANDLER]),
  at('bengbu-commission')('xie-guoqing', '谢国庆', null, '常务副书记', [Role.COMMISSION], true),
  at('bengbu-commission')('zheng-hong', '郑红', '执法监督科', '科长', [Role.COMMISSION, Role.DEPARTMENT_HEAD]),
  at('bengbu-civil-affairs')('tang-min', '唐敏', '社会救助科', '科长', [Role.PARTNER]),
  at('bengbu-womens-federation')('luo-yan', '罗燕', '权益部', '部长', [Role.PARTNER]),
  at('bengbu-disabled-federation')('guo-feng', '郭峰', '维权部', '干事', [Role.PARTNER]),
  at('bengbu-education')('tian-tian', '田甜', '学生资助管理中心', '科员', [Role.PARTNER]),
  at('bengbu-human-resources')('pan-qiang', '潘强', '就业促进科', '科员', [Role.PARTNER]),
  at('bengbu-health')('wei-lin', '魏琳', '医政医管科', '科员', [Role.PARTNER]),
  at('bengbu-justice')('qin-chuan', '秦川', '法律援助中心', '律师', [Role.PARTNER]),
];
