/**
 * Referrals issued in [from, to) by the agency or any agency below it in this subgraph's copy of
 * the directory, each with how long its partner took to answer and to complete, in hours from
 * the referral's history. "Answered" is the partner's first step: ACKNOWLEDGE, or ACCEPT or
 * DECLINE when it skipped acknowledging. Then counts and percentiles (continuous, interpolated)
 * by grouping set: everything (3), per partner (1), per status (2), per partner and status (0).
 * Parameters: agency id, from, to.
 */
export const REFERRALS_BY_GROUPING = `
  with recursive scope(id) as (
    select ?::text
    union
    select d.id from directory_agency d join scope s on d.parent_id = s.id
  ),
  issued as (
    select r.partner_agency_id, r.status::text as status,
      extract(epoch from steps.answered_at - r.issued_at) / 3600 as answer_hours,
      extract(epoch from steps.completed_at - r.issued_at) / 3600 as completion_hours
    from referral r
    cross join lateral (
      select min(h.at) filter (where h.action in ('ACKNOWLEDGE', 'ACCEPT', 'DECLINE')) as answered_at,
        min(h.at) filter (where h.action = 'COMPLETE') as completed_at
      from workflow_history_entry h
      where h.aggregate_type = 'Referral' and h.aggregate_id = r.id::text
    ) steps
    where r.issuing_agency_id in (select id from scope) and r.issued_at >= ? and r.issued_at < ?
  )
  select partner_agency_id, status, grouping(partner_agency_id, status) as grouping,
    count(*)::int as issued,
    count(answer_hours)::int as answered,
    percentile_cont(0.5) within group (order by answer_hours) as answer_p50,
    percentile_cont(0.9) within group (order by answer_hours) as answer_p90,
    count(completion_hours)::int as completed,
    percentile_cont(0.5) within group (order by completion_hours) as completion_p50,
    percentile_cont(0.9) within group (order by completion_hours) as completion_p90
  from issued
  group by grouping sets ((), (partner_agency_id), (status), (partner_agency_id, status))
  order by partner_agency_id nulls first, status nulls first`;
