import { Role } from '../identity/identity';
import { mayRead, readDecision } from './read-rule';
import type { Reader } from './read-rule';

// 安徽省院 > 蚌埠市院 > 怀远县院 and 五河县院; the women's federation is a partner agency.
const HUAIYUAN_SUPERIORS = ['bengbu-procuratorate', 'anhui-procuratorate'];
const BENGBU_SUPERIORS = ['anhui-procuratorate'];
const huaiyuanPetition = { owner: 'huaiyuan-procuratorate' };
const bengbuPetition = { owner: 'bengbu-procuratorate' };
const referralToFederation = { owner: 'huaiyuan-procuratorate', addressedTo: ['bengbu-womens-federation'] };

const reader = (agencyId: string, ...roles: Role[]): Reader => ({ agencyId, roles });

describe('who may read which agency\'s work', () => {
  it('lets an agency read its own work', () => {
    expect(mayRead(reader('huaiyuan-procuratorate', Role.HANDLER), huaiyuanPetition, HUAIYUAN_SUPERIORS)).toBe(true);
    expect(mayRead(reader('huaiyuan-procuratorate', Role.RECEPTION), huaiyuanPetition, [])).toBe(true);
  });

  it('lets every superior agency read the work of the agencies below it', () => {
    expect(mayRead(reader('bengbu-procuratorate', Role.HANDLER), huaiyuanPetition, HUAIYUAN_SUPERIORS)).toBe(true);
    expect(mayRead(reader('anhui-procuratorate', Role.LEADER), huaiyuanPetition, HUAIYUAN_SUPERIORS)).toBe(true);
    expect(mayRead(reader('anhui-procuratorate', Role.HANDLER), bengbuPetition, BENGBU_SUPERIORS)).toBe(true);
  });

  it('never lets work flow upwards or sideways', () => {
    expect(mayRead(reader('huaiyuan-procuratorate', Role.HANDLER, Role.LEADER), bengbuPetition, BENGBU_SUPERIORS)).toBe(false);
    expect(mayRead(reader('wuhe-procuratorate', Role.HANDLER), huaiyuanPetition, HUAIYUAN_SUPERIORS)).toBe(false);
    expect(mayRead(reader('bengbu-court', Role.HANDLER), huaiyuanPetition, HUAIYUAN_SUPERIORS)).toBe(false);
  });

  it('lets the commission, auditors and administrators read across agencies', () => {
    for (const role of [Role.COMMISSION, Role.AUDITOR, Role.ADMIN]) {
      expect(mayRead(reader('bengbu-commission', role), huaiyuanPetition, [])).toBe(true);
    }
  });

  it('keeps judicial-assistance files from the commission, not from auditors and administrators', () => {
    const assistanceFile = { ...huaiyuanPetition, beyondCommission: true };
    expect(mayRead(reader('bengbu-commission', Role.COMMISSION), assistanceFile, [])).toBe(false);
    for (const role of [Role.AUDITOR, Role.ADMIN]) expect(mayRead(reader('bengbu-commission', role), assistanceFile, [])).toBe(true);
  });

  it('shows a partner only what is addressed to its agency', () => {
    const partner = reader('bengbu-womens-federation', Role.PARTNER);
    expect(mayRead(partner, referralToFederation, HUAIYUAN_SUPERIORS)).toBe(true);
    expect(mayRead(partner, huaiyuanPetition, HUAIYUAN_SUPERIORS)).toBe(false);
    expect(mayRead(reader('bengbu-civil-affairs', Role.PARTNER), referralToFederation, HUAIYUAN_SUPERIORS)).toBe(false);
  });

  it('lets any agency read what is addressed to it, but not its superiors for that alone', () => {
    const assignment = { owner: 'bengbu-commission', addressedTo: ['huaiyuan-court'] };
    expect(mayRead(reader('huaiyuan-court', Role.HANDLER), assignment, [])).toBe(true);
    expect(mayRead(reader('bengbu-court', Role.HANDLER), assignment, [])).toBe(false);
  });

  it('keeps a partner-only member of staff from their own agency\'s work, superior or not', () => {
    expect(mayRead(reader('huaiyuan-procuratorate', Role.PARTNER), huaiyuanPetition, HUAIYUAN_SUPERIORS)).toBe(false);
    expect(mayRead(reader('bengbu-procuratorate', Role.PARTNER), huaiyuanPetition, HUAIYUAN_SUPERIORS)).toBe(false);
  });

  it('asks for the hierarchy only when it can change the answer', () => {
    expect(readDecision(reader('huaiyuan-procuratorate', Role.HANDLER), huaiyuanPetition)).toBe('allowed');
    expect(readDecision(reader('bengbu-commission', Role.COMMISSION), huaiyuanPetition)).toBe('allowed');
    expect(readDecision(reader('bengbu-womens-federation', Role.PARTNER), huaiyuanPetition)).toBe('refused');
    expect(readDecision(reader('bengbu-procuratorate', Role.HANDLER), huaiyuanPetition)).toBe('ifSuperior');
  });
});
