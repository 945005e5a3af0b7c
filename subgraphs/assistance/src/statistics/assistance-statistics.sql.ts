/** The agency and every agency below it in this subgraph's copy of the directory. Parameter: agency id. */
const SCOPE = `
  scope(id) as (
    select ?::text
    union
    select d.id from directory_agency d join scope s on d.parent_id = s.id
  )`;

/**
 * The payments in scope: paid in [from, to) by the agency or any agency below it in this
 * subgraph's copy of the directory, each with its case's priority group. A joint case paid by
 * a city and its county is one person, however many payments. Parameters: agency id, from, to.
 */
const IN_SCOPE = `
  with recursive ${SCOPE},
  pay as (
    select p.assistance_case_id, p.agency_id, p.amount_fen, c.priority_group::text as priority_group,
      to_char(p.paid_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month
    from assistance_payment p join assistance_case c on c.id = p.assistance_case_id
    where p.agency_id in (select id from scope) and p.paid_at >= ? and p.paid_at < ?
  )`;

/**
 * People assisted and amount paid, by grouping set: the whole period (every key null), per
 * month, per priority group and per paying agency, in one pass.
 */
export const PAID_BY_GROUPING = `${IN_SCOPE}
  select month, priority_group, agency_id,
    grouping(month, priority_group, agency_id) as grouping,
    count(distinct assistance_case_id)::int as people,
    sum(amount_fen)::bigint as amount_fen
  from pay
  group by grouping sets ((), (month), (priority_group), (agency_id))
  order by month nulls first, priority_group nulls first, agency_id nulls first`;

/** Cases of the agencies in scope opened, decided and still awaiting paperwork in [from, to): where the work stands. */
export const CASES_IN_PERIOD = `
  with recursive ${SCOPE}
  select
    count(*) filter (where c.applied_at >= ? and c.applied_at < ?)::int as opened,
    count(*) filter (where c.decided_at >= ? and c.decided_at < ? and c.approved_amount_fen is not null)::int as approved,
    count(*) filter (where c.decided_at >= ? and c.decided_at < ? and c.approved_amount_fen is null)::int as refused,
    count(*) filter (where c.paperwork_pending)::int as "paperworkPending",
    count(*) filter (where c.joint_agency_id is not null and c.applied_at >= ? and c.applied_at < ?)::int as joint
  from assistance_case c
  where c.handling_agency_id in (select id from scope)`;
