import { Role, mayRead } from '@xinfang/kit';
import type { Reader } from '@xinfang/kit';
import { assignmentWorks } from './assignment-access';

const assignment = { assigneeAgencyId: 'court-1', assignedByAgencyId: 'commission-1' };
const SUPERIORS: Record<string, string[]> = { 'procuratorate-1': ['city-procuratorate'], 'court-1': ['city-court'] };

/** Whether the caller sees the assignment, with the superiors a directory copy would give. */
function sees(agencyId: string, roles: Role[], petitionReceivedBy: string | null = null): boolean {
  const reader: Reader = { agencyId, roles };
  return assignmentWorks(assignment, petitionReceivedBy).some((work) => mayRead(reader, work, SUPERIORS[work.owner] ?? []));
}

describe('who sees an assignment', () => {
  it('lets the commission, admins and auditors see every assignment', () => {
    for (const role of [Role.COMMISSION, Role.ADMIN, Role.AUDITOR]) expect(sees('elsewhere', [role])).toBe(true);
  });

  it('lets the assignee and the assigning agency see it', () => {
    expect(sees('court-1', [Role.HANDLER])).toBe(true);
    expect(sees('court-1', [Role.PARTNER])).toBe(true);
    expect(sees('commission-1', [Role.HANDLER])).toBe(true);
  });

  it('lets the agency that received the petition, and its superiors, follow where it went', () => {
    expect(sees('procuratorate-1', [Role.HANDLER], 'procuratorate-1')).toBe(true);
    expect(sees('city-procuratorate', [Role.HANDLER], 'procuratorate-1')).toBe(true);
    expect(sees('procuratorate-2', [Role.HANDLER], 'procuratorate-1')).toBe(false);
  });

  it('hides it from every other agency', () => {
    expect(sees('police-1', [Role.HANDLER, Role.LEADER])).toBe(false);
    expect(sees('police-1', [Role.PARTNER])).toBe(false);
    expect(sees('city-court', [Role.HANDLER])).toBe(false);
  });
});

describe('who sees the parts of one assignment decision', () => {
  const coHandlerPart = { assigneeAgencyId: 'procuratorate-1', assignedByAgencyId: 'commission-1', decisionAgencyIds: ['court-1', 'procuratorate-1'] };
  const sees = (agencyId: string) => assignmentWorks(coHandlerPart, null).some((work) => mayRead({ agencyId, roles: [Role.HANDLER] }, work, []));

  it('lets the lead agency follow its co-handlers, and them each other', () => {
    expect(sees('court-1')).toBe(true);
    expect(sees('procuratorate-1')).toBe(true);
  });

  it('hides them from agencies outside the decision', () => {
    expect(sees('police-1')).toBe(false);
  });
});
