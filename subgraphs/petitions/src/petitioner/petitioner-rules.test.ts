import { petitionersProblems, refuseProblems } from './petitioner-rules';

const people = (count: number, representatives = 0) => Array.from({ length: count }, (_, index) => ({ representative: index < representatives }));

describe('who a petition is from', () => {
  it('takes one petitioner, or just a name', () => {
    expect(petitionersProblems({ petitioners: people(1), headCount: 1 })).toEqual([]);
    expect(petitionersProblems({ petitionerName: '李秀兰', headCount: 1 })).toEqual([]);
  });

  it('needs someone, and not both ways at once', () => {
    expect(petitionersProblems({ headCount: 1 }).map((problem) => problem.field)).toEqual(['petitioners']);
    expect(petitionersProblems({ petitioners: [], headCount: 1 }).map((problem) => problem.field)).toEqual(['petitioners']);
    expect(petitionersProblems({ petitioners: people(1), petitionerName: '李秀兰', headCount: 1 }).map((problem) => problem.field)).toEqual(['petitionerName']);
  });

  it('lets a group send five representatives, not six (Regulations art. 20)', () => {
    expect(petitionersProblems({ petitioners: people(5, 5), headCount: 40 })).toEqual([]);
    expect(petitionersProblems({ petitioners: people(6, 6), headCount: 40 })).toEqual([
      { field: 'petitioners', problem: expect.stringContaining('at most 5 representatives') },
    ]);
  });

  it('counts at least everyone named', () => {
    expect(petitionersProblems({ petitioners: people(3), headCount: 2 })).toEqual([{ field: 'headCount', problem: expect.stringContaining('3 petitioners') }]);
  });

  it('refuses with BAD_USER_INPUT naming each field', () => {
    expect(() => refuseProblems([])).not.toThrow();
    try {
      refuseProblems(petitionersProblems({ petitioners: people(7, 6), headCount: 2 }));
      throw new Error('not refused');
    } catch (error) {
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'petitioners', invalidFields: [{ field: 'petitioners' }, { field: 'headCount' }] } });
    }
  });
});
