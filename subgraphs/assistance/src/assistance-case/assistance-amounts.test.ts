import { isPaidInFull, paidByFen, shareOf, totalApprovedFen, yuan } from './assistance-amounts';

const single = { handlingAgencyId: 'county', jointAgencyId: null, approvedAmountFen: 1_500_000, jointShareFen: null };
const joint = { ...single, jointAgencyId: 'city', jointShareFen: 1_000_000 };

describe('assistance amounts, in fen', () => {
  it('add every share together', () => {
    expect(totalApprovedFen(single)).toBe(1_500_000);
    expect(totalApprovedFen(joint)).toBe(2_500_000);
    expect([shareOf(joint, 'county'), shareOf(joint, 'city'), shareOf(joint, 'elsewhere')]).toEqual([1_500_000, 1_000_000, null]);
  });

  it('count what each procuratorate paid', () => {
    const payments = [{ agencyId: 'county', amountFen: 500_000 }, { agencyId: 'city', amountFen: 1_000_000 }, { agencyId: 'county', amountFen: 1_000_000 }];
    expect([paidByFen(payments), paidByFen(payments, 'county'), paidByFen(payments, 'city')]).toEqual([2_500_000, 1_500_000, 1_000_000]);
  });

  it('are paid in full only when every share is decided and paid', () => {
    expect(isPaidInFull(single, 1_500_000)).toBe(true);
    expect(isPaidInFull(single, 1_000_000)).toBe(false);
    expect(isPaidInFull({ ...joint, jointShareFen: null }, 1_500_000)).toBe(false);
    expect(isPaidInFull(joint, 2_500_000)).toBe(true);
    expect(isPaidInFull({ ...single, approvedAmountFen: null }, 0)).toBe(false);
  });

  it('read as yuan in messages', () => {
    expect(yuan(412_800_000_00)).toBe('412,800,000.00 yuan');
    expect(yuan(150_050)).toBe('1,500.50 yuan');
  });
});
