import { Role, actionsFrom } from '@xinfang/kit';
import { ASSISTANCE_CASE_STEPS, AssistanceCaseStatus as S } from './assistance-case-status';

describe('the assistance case state machine', () => {
  it('goes proposed → reviewed → decided → paid → closed, one step after another', () => {
    expect(actionsFrom(ASSISTANCE_CASE_STEPS, S.OPEN).sort()).toEqual(['INVITE_JOINT', 'PAY_URGENTLY', 'PROPOSE', 'WITHDRAW']);
    expect(actionsFrom(ASSISTANCE_CASE_STEPS, S.PROPOSED)).not.toContain('APPROVE');
    expect(actionsFrom(ASSISTANCE_CASE_STEPS, S.REVIEWED)).toEqual(expect.arrayContaining(['APPROVE', 'REFUSE']));
    expect(actionsFrom(ASSISTANCE_CASE_STEPS, S.APPROVED)).toEqual(expect.arrayContaining(['PAY', 'PAY_JOINT_SHARE']));
    expect(actionsFrom(ASSISTANCE_CASE_STEPS, S.PAID)).toEqual(['CLOSE']);
    for (const end of [S.CLOSED, S.WITHDRAWN]) expect(actionsFrom(ASSISTANCE_CASE_STEPS, end)).toEqual([]);
  });

  it('has the department head review and the procurator-general decide, each saying why', () => {
    expect(ASSISTANCE_CASE_STEPS.REVIEW.roles).not.toContain(Role.HANDLER);
    for (const decision of [ASSISTANCE_CASE_STEPS.APPROVE, ASSISTANCE_CASE_STEPS.REFUSE, ASSISTANCE_CASE_STEPS.APPROVE_JOINT_SHARE]) {
      expect(decision.roles).toEqual([Role.LEADER]);
      expect(decision.requires).toContain('decidedBy');
    }
    expect(ASSISTANCE_CASE_STEPS.REFUSE).toMatchObject({ needsNote: true, noteName: 'reason' });
  });

  it('lets each procuratorate of a joint case approve and pay its own share', () => {
    expect([ASSISTANCE_CASE_STEPS.APPROVE.by, ASSISTANCE_CASE_STEPS.PAY.by]).toEqual(['HANDLING', 'HANDLING']);
    expect([ASSISTANCE_CASE_STEPS.APPROVE_JOINT_SHARE.by, ASSISTANCE_CASE_STEPS.PAY_JOINT_SHARE.by]).toEqual(['JOINT', 'JOINT']);
  });

  it('pays urgent help before the decision without moving the case, and pays it only from a department head or leader', () => {
    expect(ASSISTANCE_CASE_STEPS.PAY_URGENTLY).toMatchObject({ from: [S.OPEN, S.PROPOSED, S.REVIEWED], roles: [Role.DEPARTMENT_HEAD, Role.LEADER] });
    expect(ASSISTANCE_CASE_STEPS.PAY_URGENTLY.to).toBeUndefined();
  });
});
