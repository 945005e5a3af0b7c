import type { EntityManager } from '@mikro-orm/postgresql';
import { demoDirectory, demoStaff } from '@xinfang/agencies/demo-directory';
import { Role, projectAgency, projectStaff } from '@xinfang/kit';
import type { Identity } from '@xinfang/kit';
import { ContactPoint } from '../contact-point/contact-point.entity';
import { ContactPointKind } from '../contact-point/contact-point-kind';
import { createContactPoint } from '../contact-point/contact-point.service';
import type { ContactPointInput } from '../contact-point/contact-point.input';

const ADMIN: Identity = { userId: 'bengbu-procuratorate.wu-jun', name: '吴军', agencyId: 'bengbu-procuratorate', roles: [Role.ADMIN] };

/** The demo city's contact points (联络点): each county's township and community ones, fixed ids so a restart adds none. */
export const DEMO_CONTACT_POINTS: { id: string; agencyId: string; kind: ContactPointKind; name: string; address: string; visitingDays: ContactPointInput['visitingDays'] }[] = [
  { id: '1c0a7000-0000-4000-8000-000000000001', agencyId: 'huaiyuan-procuratorate', kind: ContactPointKind.TOWNSHIP, name: '荆山镇综治中心检察联络点', address: '怀远县荆山镇人民政府综治中心一楼', visitingDays: [{ weekday: 3, startTime: '09:00', endTime: '11:30' }] },
  { id: '1c0a7000-0000-4000-8000-000000000002', agencyId: 'huaiyuan-procuratorate', kind: ContactPointKind.COMMUNITY, name: '城关镇龙亭社区检察联络点', address: '怀远县城关镇龙亭社区服务中心', visitingDays: [{ dayOfMonth: 15, startTime: '14:00', endTime: '17:00' }] },
  { id: '1c0a7000-0000-4000-8000-000000000003', agencyId: 'wuhe-procuratorate', kind: ContactPointKind.TOWNSHIP, name: '小溪镇司法所检察联络点', address: '五河县小溪镇司法所', visitingDays: [{ weekday: 2, startTime: '09:00', endTime: '12:00' }, { weekday: 4, startTime: '14:30', endTime: '17:00' }] },
  { id: '1c0a7000-0000-4000-8000-000000000004', agencyId: 'guzhen-procuratorate', kind: ContactPointKind.TOWNSHIP, name: '连城镇信访办检察联络点', address: '固镇县连城镇信访办公室', visitingDays: [{ dayOfMonth: 5, startTime: '09:00', endTime: '11:30' }, { dayOfMonth: 20, startTime: '09:00', endTime: '11:30' }] },
  { id: '1c0a7000-0000-4000-8000-000000000005', agencyId: 'bengbu-procuratorate', kind: ContactPointKind.COMMUNITY, name: '龙子湖区东风社区检察工作室', address: '蚌埠市龙子湖区东风街道东风社区', visitingDays: [{ weekday: 5, startTime: '09:00', endTime: '11:30' }] },
];

/**
 * Demo data at first start: this copy of the directory learns the demo city at once (visits
 * and contact points name its people before its consumer has caught up; later announcements
 * still win), then the contact points are set up through the same service an admin uses,
 * with the agency's non-leading staff as liaison officers. Idempotent.
 */
export async function seedDemoContactPoints(em: EntityManager): Promise<void> {
  for (const agency of demoDirectory.agencies) await projectAgency(em, agency);
  for (const member of demoDirectory.staff) await projectStaff(em, member);
  for (const { id, ...point } of DEMO_CONTACT_POINTS) {
    if (await em.findOne(ContactPoint, { id })) continue;
    const liaisonStaffIds = demoStaff.filter((member) => member.agencyId === point.agencyId && !member.isLeader && member.roles.some((role) => role === Role.HANDLER || role === Role.RECEPTION)).slice(0, 2).map((member) => member.id);
    await createContactPoint(em, { ...point, liaisonStaffIds }, ADMIN, id);
  }
}
