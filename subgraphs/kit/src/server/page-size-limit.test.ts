import { parse } from 'graphql';
import { oversizedPageArguments } from './page-size-limit';

describe('the page size limit', () => {
  const query = parse('query($n: Int, $m: Int) { petitions(first: $n) { edges { node { id } } } referralsInbox(first: 7) { edges { cursor } } other(last: $m) { id } }');

  it('finds an oversized page in a literal or a variable', () => {
    expect(oversizedPageArguments(parse('{ petitions(first: 99999999) { edges { cursor } } }'), {}, 100)).toEqual(['first']);
    expect(oversizedPageArguments(query, { n: 101, m: 5 }, 100)).toEqual(['first']);
    expect(oversizedPageArguments(query, { n: 10, m: 1000 }, 100)).toEqual(['last']);
  });

  it('lets a page up to the limit through, and leaves a missing or ill-typed variable to validation', () => {
    expect(oversizedPageArguments(query, { n: 100, m: 100 }, 100)).toEqual([]);
    expect(oversizedPageArguments(query, {}, 100)).toEqual([]);
    expect(oversizedPageArguments(query, { n: 'lots' }, 100)).toEqual([]);
  });
});
