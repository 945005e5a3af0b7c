import { LOOKING_BACK_CONDITION } from '../looking-back/looking-back.sql';

/**
 * The petitions in scope: received in [from, to) by the agency or any agency below it in this
 * subgraph's copy of the directory. Parameters: agency id, from, to. Every column here is in
 * `petition_statistics_index`, searched per agency of the scope (`= any(array)`: an `in`
 * subquery made it a join that read the whole index), so a period is read from the index
 * alone; what the petition's clocks say comes from the summary a trigger keeps on the row
 * (Migration20261125000010), not from the clocks.
 */
const IN_SCOPE = `
  with recursive scope(id) as (
    select ?::text
    union
    select d.id from directory_agency d join scope s on d.parent_id = s.id
  ),
  p as (
    select p.id, p.channel, p.category, p.status, p.receiving_agency_id, p.handling_agency_id, p.accepted_at, p.declined_at,
      p.substantively_resolved, p.result_recorded_at, p.is_group, p.is_repeat, p.is_leapfrog, p.satisfaction,
      p.reopen_count, p.looking_back_resolved_at,
      p.clock_reply_met, p.clock_reply_due_at, p.clock_reply_on_time, p.clock_result_met, p.clock_result_due_at, p.clock_result_on_time, p.clock_open_due_ats,
      to_char(p.received_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month
    from petition p
    where p.receiving_agency_id = any(array(select id from scope)) and p.received_at >= ? and p.received_at < ?
  )`;

/** Figures per month and, in the row whose month is null, for the whole period: one pass, by ROLLUP. */
export const FIGURES_BY_MONTH = `${IN_SCOPE}
  select p.month,
    count(*)::int as received,
    count(*) filter (where p.accepted_at is not null)::int as accepted,
    count(*) filter (where p.declined_at is not null)::int as declined,
    count(*) filter (where p.handling_agency_id <> p.receiving_agency_id)::int as transferred_out,
    count(*) filter (where p.clock_reply_met or p.clock_reply_due_at < now())::int as procedural_replies_due,
    count(*) filter (where p.clock_reply_on_time)::int as procedural_replies_on_time,
    count(*) filter (where p.clock_result_met or p.clock_result_due_at < now())::int as results_due,
    count(*) filter (where p.clock_result_on_time)::int as results_on_time,
    count(*) filter (where p.status = 'CLOSED')::int as closed,
    count(*) filter (where p.substantively_resolved)::int as substantively_resolved,
    count(*) filter (where p.result_recorded_at is not null)::int as results_recorded,
    count(*) filter (where p.is_group)::int as "group",
    count(*) filter (where p.is_repeat)::int as repeat,
    count(*) filter (where p.is_leapfrog)::int as leapfrog,
    count(*) filter (where p.satisfaction is not null)::int as rated,
    count(*) filter (where p.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'))::int as satisfied,
    count(*) filter (where p.satisfaction = 'DISSATISFIED')::int as dissatisfied,
    count(*) filter (where ${LOOKING_BACK_CONDITION})::int as looking_back,
    count(*) filter (where ${LOOKING_BACK_CONDITION} and p.looking_back_resolved_at is not null)::int as looking_back_resolved,
    coalesce(sum((select count(*) from unnest(p.clock_open_due_ats) due where due < now())), 0)::int as overdue_now
  from p
  group by rollup (p.month)
  order by p.month nulls last`;

/** Received by channel and by category, in one pass. */
export const RECEIVED_BY_KIND = `${IN_SCOPE}
  select p.channel::text as channel, p.category::text as category, count(*)::int as count
  from p
  group by grouping sets ((p.channel), (p.category))
  order by count desc, channel, category`;

/** How many agencies the scope covers. */
export const AGENCIES_IN_SCOPE = `
  with recursive scope(id) as (
    select ?::text
    union
    select d.id from directory_agency d join scope s on d.parent_id = s.id
  )
  select count(*)::int as agencies from scope`;
