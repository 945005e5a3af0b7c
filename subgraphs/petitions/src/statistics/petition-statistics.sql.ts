/**
 * The agencies and the period asked about, and how the period splits: whole days (in
 * Asia/Shanghai) read from the daily figures a trigger keeps (Migration20261126000010), and at
 * most two partial days at its ends, counted from their petitions. Parameters: agency id,
 * from, to. The scope is the agency and every agency below it in this subgraph's copy of the
 * directory, searched per agency (`= any(array)`: an `in` subquery made it a join that read a
 * whole index).
 */
const PERIOD = `
  with recursive scope(id) as (
    select ?::text
    union
    select d.id from directory_agency d join scope s on d.parent_id = s.id
  ),
  period as (
    select from_at, to_at, first_day, end_day,
      least(to_at, first_day::timestamp at time zone 'Asia/Shanghai') as head_to,
      greatest(first_day, end_day)::timestamp at time zone 'Asia/Shanghai' as tail_from
    from (select from_at, to_at,
        case when local_from = date_trunc('day', local_from) then local_from::date else local_from::date + 1 end as first_day,
        local_to::date as end_day
      from (select ?::timestamptz as from_at, ?::timestamptz as to_at) asked,
        lateral (select from_at at time zone 'Asia/Shanghai' as local_from, to_at at time zone 'Asia/Shanghai' as local_to) local) days
  ),
  edge_petitions as (
    select p as petition from petition p
    where p.receiving_agency_id = any(array(select id from scope))
      and p.received_at >= (select from_at from period) and p.received_at < (select head_to from period)
    union all
    select p as petition from petition p
    where p.receiving_agency_id = any(array(select id from scope))
      and p.received_at >= (select tail_from from period) and p.received_at < (select to_at from period)
  )`;

/** The figures kept per day, as summed per month; the three that depend on now are added from the open petitions. */
const KEPT = ['received', 'accepted', 'declined', 'transferred_out', 'procedural_replies_met', 'procedural_replies_on_time', 'results_met', 'results_on_time',
  'closed', 'substantively_resolved', 'results_recorded', '"group"', 'repeat', 'leapfrog', 'rated', 'satisfied', 'dissatisfied', 'looking_back', 'looking_back_resolved'];
const NOW_DEPENDENT = ['replies_overdue', 'results_overdue', 'overdue_now'];
const ZEROS = (columns: string[]) => columns.map((column) => `0 as ${column}`).join(', ');

/**
 * Figures per month and, in the row whose month is null, for the whole period, in one pass (by
 * ROLLUP) over at most a few hundred daily rows per agency, the petitions of the partial days,
 * and the petitions with a clock open past its time (`petition_overdue_clocks_index`, by their
 * earliest open clock, kept sorted): a reply or result is due once it is met (kept) or once
 * its time is past (asked now), and a clock is overdue now while open past its time.
 */
export const FIGURES_BY_MONTH = `${PERIOD},
  -- Searched by their earliest open clock alone, then by the period: with the period's bounds
  -- (unknown when planning) in the search, PostgreSQL read the whole year's petitions instead.
  overdue as materialized (
    select p.received_at, p.clock_reply_met, p.clock_reply_due_at, p.clock_result_met, p.clock_result_due_at, p.clock_open_due_ats
    from petition p
    where p.receiving_agency_id = any(array(select id from scope)) and p.clock_open_due_ats <> '{}' and p.clock_open_due_ats[1] < now()
  ),
  rows as (
    select to_char(f.day, 'YYYY-MM') as month, ${KEPT.map((column) => `f.${column}`).join(', ')}, ${ZEROS(NOW_DEPENDENT)}
    from petition_daily_figures f
    where f.agency_id = any(array(select id from scope)) and f.day >= (select first_day from period) and f.day < (select end_day from period)
    union all
    select to_char(f.day, 'YYYY-MM'), ${KEPT.map((column) => `f.${column}`).join(', ')}, ${ZEROS(NOW_DEPENDENT)}
    from edge_petitions e cross join lateral petition_figures(e.petition) f
    union all
    select to_char(p.received_at at time zone 'Asia/Shanghai', 'YYYY-MM'), ${ZEROS(KEPT.map((column) => column))},
      (not p.clock_reply_met and p.clock_reply_due_at < now())::int,
      (not p.clock_result_met and p.clock_result_due_at < now())::int,
      (select count(*) from unnest(p.clock_open_due_ats) due where due < now())
    from overdue p
    where p.received_at >= (select from_at from period) and p.received_at < (select to_at from period)
  )
  select month,
    sum(received)::int as received,
    sum(accepted)::int as accepted,
    sum(declined)::int as declined,
    sum(transferred_out)::int as transferred_out,
    (sum(procedural_replies_met) + sum(replies_overdue))::int as procedural_replies_due,
    sum(procedural_replies_on_time)::int as procedural_replies_on_time,
    (sum(results_met) + sum(results_overdue))::int as results_due,
    sum(results_on_time)::int as results_on_time,
    sum(closed)::int as closed,
    sum(substantively_resolved)::int as substantively_resolved,
    sum(results_recorded)::int as results_recorded,
    sum("group")::int as "group",
    sum(repeat)::int as repeat,
    sum(leapfrog)::int as leapfrog,
    sum(rated)::int as rated,
    sum(satisfied)::int as satisfied,
    sum(dissatisfied)::int as dissatisfied,
    sum(looking_back)::int as looking_back,
    sum(looking_back_resolved)::int as looking_back_resolved,
    sum(overdue_now)::int as overdue_now
  from rows
  group by rollup (month)
  having grouping(month) = 1 or sum(received) > 0
  order by month nulls last`;

/** Received by channel and by category: the daily counts of whole days and the partial days' petitions. */
export const RECEIVED_BY_KIND = `${PERIOD},
  kinds as (
    select k.kind, k.key, k.count
    from petition_daily_kinds k
    where k.agency_id = any(array(select id from scope)) and k.day >= (select first_day from period) and k.day < (select end_day from period)
    union all
    select 'channel', (e.petition).channel::text, 1 from edge_petitions e
    union all
    select 'category', (e.petition).category::text, 1 from edge_petitions e
  )
  select kind, key, sum(count)::int as count
  from kinds
  group by kind, key
  having sum(count) > 0
  order by count desc, kind, key`;

/** How many agencies the scope covers. */
export const AGENCIES_IN_SCOPE = `
  with recursive scope(id) as (
    select ?::text
    union
    select d.id from directory_agency d join scope s on d.parent_id = s.id
  )
  select count(*)::int as agencies from scope`;
