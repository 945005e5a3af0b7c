import { Migration } from '@mikro-orm/migrations';

/** The procedural-reply rules: calendar days (the procuratorate's) or working days (some provinces). */
const REPLY = `c.rule in ('PROCEDURAL_REPLY', 'PROCEDURAL_REPLY_WORKING_DAYS')`;
const RESULT = `c.rule = 'HANDLING_RESULT'`;

/** One petition's clocks summed up (the columns below, in order). */
const SUMMARY = `
    coalesce(bool_or(c.met_at is not null) filter (where ${REPLY}), false),
    min(c.due_at) filter (where ${REPLY}),
    coalesce(bool_or(c.met_at <= c.due_at and c.missed_at is null) filter (where ${REPLY}), false),
    coalesce(bool_or(c.met_at is not null) filter (where ${RESULT}), false),
    min(c.due_at) filter (where ${RESULT}),
    coalesce(bool_or(c.met_at <= c.due_at and c.missed_at is null) filter (where ${RESULT}), false),
    coalesce(array_agg(c.due_at order by c.due_at) filter (where c.met_at is null and c.due_at is not null), '{}')`;
const COLUMNS = ['clock_reply_met', 'clock_reply_due_at', 'clock_reply_on_time', 'clock_result_met', 'clock_result_due_at', 'clock_result_on_time', 'clock_open_due_ats'];
/** The clocks of the petition whose id (as text) is `subject`. */
const CLOCKS_OF = (subject: string) => `from deadline_clock c where c.subject_type = 'Petition' and c.subject_id = ${subject}`;
const SUMMARY_OF = (subject: string) => `select ${SUMMARY} ${CLOCKS_OF(subject)}`;
const SUMMARY_COLUMNS = `(${COLUMNS.join(', ')})`;

/**
 * What a petition's stored clocks say, kept on the petition row, so statistics read the petitions
 * of a period from one index instead of looking up every petition's clocks (which made
 * `petitionStatistics` grow with the whole clock table). A trigger on `deadline_clock` keeps it
 * in the same transaction as every clock change, whoever makes it (a step, the deadline scanner,
 * a calendar correction), and one on inserting a petition picks up clocks its transaction wrote
 * first (a flush may order the two either way). Whether a reply is due, or a clock overdue, still depends on the
 * moment asked, so the due instants are kept, not the answers.
 *
 * The statistics index holds, beside the agency and day it is searched by, every column the
 * statistics count: a period's petitions are read from the index alone (an index-only scan),
 * not from their wide rows across the table.
 */
export class Migration20261125000010PetitionClockSummary extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table petition
      add column clock_reply_met boolean not null default false,
      add column clock_reply_due_at timestamptz,
      add column clock_reply_on_time boolean not null default false,
      add column clock_result_met boolean not null default false,
      add column clock_result_due_at timestamptz,
      add column clock_result_on_time boolean not null default false,
      add column clock_open_due_ats timestamptz[] not null default '{}';`);
    this.addSql(`create function petition_clock_summary() returns trigger language plpgsql as $$
      declare
        subject text := case when tg_op = 'DELETE' then old.subject_id else new.subject_id end;
        subject_type text := case when tg_op = 'DELETE' then old.subject_type else new.subject_type end;
      begin
        if subject_type = 'Petition' then
          update petition p set ${SUMMARY_COLUMNS} = (${SUMMARY_OF('subject')}) where p.id = subject::uuid;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger deadline_clock_petition_summary after insert or update or delete on deadline_clock
      for each row execute function petition_clock_summary();`);
    this.addSql(`create function petition_clock_summary_on_insert() returns trigger language plpgsql as $$
      begin
        select ${SUMMARY} into ${COLUMNS.map((column) => `new.${column}`).join(', ')} ${CLOCKS_OF('new.id::text')};
        return new;
      end $$;`);
    this.addSql(`create trigger petition_clock_summary_on_insert before insert on petition
      for each row execute function petition_clock_summary_on_insert();`);
    this.addSql(`update petition p set ${SUMMARY_COLUMNS} = (${SUMMARY_OF('p.id::text')});`);
    this.addSql(`create index petition_statistics_index on petition (receiving_agency_id, received_at) include (
      id, channel, category, status, handling_agency_id, accepted_at, declined_at, substantively_resolved, result_recorded_at,
      is_group, is_repeat, is_leapfrog, satisfaction, reopen_count, looking_back_resolved_at,
      clock_reply_met, clock_reply_due_at, clock_reply_on_time, clock_result_met, clock_result_due_at, clock_result_on_time, clock_open_due_ats);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index petition_statistics_index;');
    this.addSql('drop trigger petition_clock_summary_on_insert on petition;');
    this.addSql('drop function petition_clock_summary_on_insert();');
    this.addSql('drop trigger deadline_clock_petition_summary on deadline_clock;');
    this.addSql('drop function petition_clock_summary();');
    this.addSql(`alter table petition drop column clock_reply_met, drop column clock_reply_due_at, drop column clock_reply_on_time,
      drop column clock_result_met, drop column clock_result_due_at, drop column clock_result_on_time, drop column clock_open_due_ats;`);
  }
}
