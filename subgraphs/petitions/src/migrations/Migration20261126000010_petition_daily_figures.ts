import { Migration } from '@mikro-orm/migrations';

/**
 * What one petition adds to its agency's day, as 0 or 1 per figure: the figures that do not
 * depend on the moment asked. (Whether a reply is due yet, or a clock overdue now, does; the
 * statistics count those from the overdue petitions alone, by `petition_overdue_clocks_index`.)
 */
const FIGURES: [column: string, condition: string][] = [
  ['received', 'true'],
  ['accepted', 'p.accepted_at is not null'],
  ['declined', 'p.declined_at is not null'],
  ['transferred_out', 'p.handling_agency_id <> p.receiving_agency_id'],
  ['procedural_replies_met', 'p.clock_reply_met'],
  ['procedural_replies_on_time', 'p.clock_reply_on_time'],
  ['results_met', 'p.clock_result_met'],
  ['results_on_time', 'p.clock_result_on_time'],
  ['closed', `p.status::text = 'CLOSED'`],
  ['substantively_resolved', 'p.substantively_resolved'],
  ['results_recorded', 'p.result_recorded_at is not null'],
  ['"group"', 'p.is_group'],
  ['repeat', 'p.is_repeat'],
  ['leapfrog', 'p.is_leapfrog'],
  ['rated', 'p.satisfaction is not null'],
  ['satisfied', `p.satisfaction::text in ('SATISFIED', 'BASICALLY_SATISFIED')`],
  ['dissatisfied', `p.satisfaction::text = 'DISSATISFIED'`],
  ['looking_back', LOOKING_BACK()],
  ['looking_back_resolved', `${LOOKING_BACK()} and p.looking_back_resolved_at is not null`],
];

/** 积案清理 回头看: reopened, or closed and petitioned again by a repeat petition linking to it. */
function LOOKING_BACK(): string {
  return `(p.reopen_count > 0 or (p.status::text in ('CLOSED', 'REVIEWED', 'FINAL') and p.repeated_later))`;
}

// Enum values compared as text: a fresh database runs every migration in one transaction, and
// values added to an enum (REVIEWED, FINAL) cannot be used as such before it commits.
const COLUMNS = FIGURES.map(([column]) => column);
const DAY_OF = (received: string) => `(${received} at time zone 'Asia/Shanghai')::date`;

/**
 * Petition statistics kept by day as petitions change, so a year of an agency's figures is a
 * few hundred rows per agency instead of a pass over every petition it received (at a million
 * petitions, a city's year of 100,000 took 330 ms to count; the goal is 100 ms).
 *
 * `petition_daily_figures` holds, per receiving agency and day received (in Asia/Shanghai),
 * the sum of `petition_figures` of its petitions; `petition_daily_kinds` the same petitions by
 * channel and by category. A trigger on `petition` keeps both in the transaction of every
 * change, whoever makes it (a workflow step, the clocks' summary trigger, an import), by taking
 * out what the old row added and adding what the new one adds; an update that changes no
 * figure touches neither table, so the deadline scanner and calendar corrections, which move
 * due dates only, take no lock on them. Every registration of an agency on one day updates
 * the same row: they queue on its lock for the rest of their transaction, a few milliseconds.
 *
 * Looking-back petitions depend on a later petition's repeat link; `repeated_later` keeps that
 * on the petition (set by a trigger on the link), so the figure is the row's alone.
 *
 * `petition_daily_figures_rebuild()` recounts both tables from the petitions: the backfill
 * below, and the bench's bulk load, which copies petitions with triggers off.
 */
export class Migration20261126000010PetitionDailyFigures extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table petition add column repeated_later boolean not null default false;');
    this.addSql('update petition p set repeated_later = true where exists (select 1 from petition_repeat_link l where l.earlier_petition_id = p.id);');
    this.addSql(`create function petition_repeated_later() returns trigger language plpgsql as $$
      begin
        update petition set repeated_later = true where id = new.earlier_petition_id and not repeated_later;
        return null;
      end $$;`);
    this.addSql(`create trigger petition_repeat_link_marks_earlier after insert on petition_repeat_link
      for each row execute function petition_repeated_later();`);

    this.addSql(`create table petition_daily_figures (
      agency_id text not null,
      day date not null,
      ${COLUMNS.map((column) => `${column} int not null`).join(',\n      ')},
      primary key (agency_id, day));`);
    this.addSql(`create table petition_daily_kinds (
      agency_id text not null,
      day date not null,
      kind text not null check (kind in ('channel', 'category')),
      key text not null,
      count int not null,
      primary key (agency_id, day, kind, key));`);

    // A set of one row, so the planner inlines it into a statement over petitions: counting a
    // day's petitions then reads the columns it needs from an index, not every whole row.
    this.addSql(`create function petition_figures(p petition) returns setof petition_daily_figures language sql immutable rows 1 as $$
      select p.receiving_agency_id, ${DAY_OF('p.received_at')},
        ${FIGURES.map(([, condition]) => `coalesce(${condition}, false)::int`).join(',\n        ')}
    $$;`);
    this.addSql(`create function petition_daily_figures_add(p petition, sign int) returns void language sql as $$
      insert into petition_daily_figures as t
        select f.agency_id, f.day, ${COLUMNS.map((column) => `sign * f.${column}`).join(', ')} from petition_figures(p) f
        on conflict (agency_id, day) do update set ${COLUMNS.map((column) => `${column} = t.${column} + excluded.${column}`).join(', ')};
      insert into petition_daily_kinds as t values
        (p.receiving_agency_id, ${DAY_OF('p.received_at')}, 'channel', p.channel::text, sign),
        (p.receiving_agency_id, ${DAY_OF('p.received_at')}, 'category', p.category::text, sign)
        on conflict (agency_id, day, kind, key) do update set count = t.count + excluded.count;
    $$;`);
    this.addSql(`create function petition_daily_figures_follow() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and (select f from petition_figures(old) f) = (select f from petition_figures(new) f)
          and old.channel = new.channel and old.category = new.category then
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then perform petition_daily_figures_add(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform petition_daily_figures_add(new, 1); end if;
        return null;
      end $$;`);
    this.addSql(`create trigger petition_daily_figures after insert or update or delete on petition
      for each row execute function petition_daily_figures_follow();`);

    this.addSql(`create function petition_daily_figures_rebuild() returns void language sql as $$
      delete from petition_daily_figures;
      delete from petition_daily_kinds;
      insert into petition_daily_figures
        select f.agency_id, f.day, ${COLUMNS.map((column) => `sum(f.${column})`).join(', ')}
        from petition p cross join lateral petition_figures(p) f group by f.agency_id, f.day;
      insert into petition_daily_kinds
        select p.receiving_agency_id, ${DAY_OF('p.received_at')}, k.kind, k.key, count(*)
        from petition p cross join lateral (values ('channel', p.channel::text), ('category', p.category::text)) k(kind, key)
        group by 1, 2, 3, 4;
    $$;`);
    this.addSql('select petition_daily_figures_rebuild();');

    // The figures that depend on the moment asked (a reply or result due unmet, a clock overdue)
    // come only from petitions whose earliest open clock is past due now: searched by that
    // instant, the index holds the few overdue, not every open petition.
    this.addSql(`create index petition_overdue_clocks_index on petition (receiving_agency_id, (clock_open_due_ats[1]))
      include (received_at, clock_reply_met, clock_reply_due_at, clock_result_met, clock_result_due_at, clock_open_due_ats)
      where clock_open_due_ats <> '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index petition_overdue_clocks_index;');
    this.addSql('drop trigger petition_daily_figures on petition;');
    this.addSql('drop function petition_daily_figures_rebuild();');
    this.addSql('drop function petition_daily_figures_follow();');
    this.addSql('drop function petition_daily_figures_add(petition, int);');
    this.addSql('drop function petition_figures(petition);');
    this.addSql('drop table petition_daily_kinds;');
    this.addSql('drop table petition_daily_figures;');
    this.addSql('drop trigger petition_repeat_link_marks_earlier on petition_repeat_link;');
    this.addSql('drop function petition_repeated_later();');
    this.addSql('alter table petition drop column repeated_later;');
  }
}
