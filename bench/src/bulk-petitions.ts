import { Client } from 'pg';

/** The tables that hold a petition's own rows, and the column naming the petition in each. */
const PETITION_ROWS = [
  { table: 'petition', petitionColumn: 'id' },
  { table: 'petitioner', petitionColumn: 'petition_id' },
  { table: 'deadline_clock', petitionColumn: 'subject_id', where: `subject_type = 'Petition'` },
  { table: 'workflow_history_entry', petitionColumn: 'aggregate_id', where: `aggregate_type = 'Petition'` },
] as const;

/** Ten years of petitions: every tenth copy in the last year as its template, the others one to nine years earlier. */
const YEARS = 10;
/** One copy in this many keeps its person's ID and phone hashes, so the people who come back have a history to look up. */
const SAME_PERSON_EVERY = 50;

export interface BulkLoad {
  petitions: number;
  seconds: number;
}

/**
 * The fast bulk path the scale figures need (a million petitions through the API would take
 * hours): copies of the petitions already stored (the demo city's year, made through the
 * services with every state, clock and history entry) are written with SQL alone, each copy
 * with its own id, tracking number and person, moved back in time whole years. A copy older
 * than a year is made only of a petition whose clocks are all met, as a real archive is;
 * every copy's clocks past due are marked announced, so the deadline scanner does not treat
 * years of history as news. Indexes stay in place: what is measured is the database as the
 * service keeps it, vacuumed and analysed as autovacuum leaves it.
 */
export async function copyPetitionsUpTo(databaseUrl: string, target: number): Promise<BulkLoad> {
  const started = Date.now();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const stored = await countPetitions(client);
    if (stored >= target) return { petitions: stored, seconds: 0 };
    await client.query('begin');
    // Triggers off for the copy (superuser only): the summary a trigger keeps on each petition of
    // its clocks is copied with the petition, instead of recomputed once per copied clock, and
    // the daily figures are recounted once at the end instead of updated per petition.
    await client.query('set local session_replication_role = replica');
    await planCopies(client, target - stored, stored);
    for (const rows of PETITION_ROWS) await copyRows(client, rows);
    // The daily statistics a trigger keeps per petition, recounted once for all the copies.
    await client.query('select petition_daily_figures_rebuild()');
    await client.query('commit');
    // As autovacuum would after a while: statistics, and the visibility map index-only scans need.
    await client.query('vacuum (analyze)');
    return { petitions: await countPetitions(client), seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function countPetitions(client: Client): Promise<number> {
  return Number((await client.query<{ count: string }>('select count(*) from petition')).rows[0]!.count);
}

/**
 * One row per copy: its template, its new id, how far back it moves, and its serial number
 * (which makes its tracking number unique). Templates are the petitions not copied before.
 */
async function planCopies(client: Client, copies: number, stored: number): Promise<void> {
  await client.query(`
    create temporary table template on commit drop as
      select p.id, row_number() over (order by p.id) - 1 as n,
        not exists (select 1 from deadline_clock c where c.subject_type = 'Petition' and c.subject_id = p.id::text and c.met_at is null) as archived
      from petition p where p.tracking_number not like '%-COPY%'
        -- Not the bench's own registrations (all of the last minutes): copied, they would pile a
        -- tenth of the copies onto one day, as no city receives them.
        and p.received_at < now() - interval '1 day'`);
  await client.query(`
    create temporary table copy on commit drop as
      with slot as (select s, s % ${YEARS} as years_back from generate_series(${stored}, ${stored + copies - 1}) s),
        recent as (select array_agg(id order by n) as ids from template),
        archive as (select array_agg(id order by n) as ids from template where archived)
      select slot.s as serial, gen_random_uuid() as new_id,
        case when slot.years_back = 0 then recent.ids[1 + slot.s % cardinality(recent.ids)]
             else archive.ids[1 + slot.s % cardinality(archive.ids)] end as template_id,
        make_interval(years => slot.years_back::int) as back
      from slot, recent, archive`);
  await client.query('create index on copy (template_id)');
  await client.query('analyze copy');
}

/** Copies one table's rows of the templates, column by column as the table has them. */
async function copyRows(client: Client, rows: (typeof PETITION_ROWS)[number]): Promise<void> {
  const columns = (await client.query<{ column_name: string; data_type: string }>(
    `select column_name, data_type from information_schema.columns where table_schema = current_schema() and table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
    [rows.table],
  )).rows;
  const expressions = columns.map((column) => valueOf(rows.table, rows.petitionColumn, column.column_name, column.data_type));
  const joinOn = rows.petitionColumn === 'subject_id' || rows.petitionColumn === 'aggregate_id' ? `t.${rows.petitionColumn} = copy.template_id::text` : `t.${rows.petitionColumn} = copy.template_id`;
  await client.query(`
    insert into ${rows.table} (${columns.map((column) => `"${column.column_name}"`).join(', ')})
    select ${expressions.join(', ')} from ${rows.table} t join copy on ${joinOn}
    ${'where' in rows ? `where t.${rows.where}` : ''}`);
}

/** What a copy holds in one column: its own ids, the template's times moved back, the rest as the template has it. */
function valueOf(table: string, petitionColumn: string, column: string, type: string): string {
  if (column === petitionColumn) return type === 'uuid' ? 'copy.new_id' : 'copy.new_id::text';
  if (column === 'id') return 'gen_random_uuid()';
  if (column === 'tracking_number') return `t.tracking_number || '-COPY' || copy.serial`;
  if (table === 'petitioner' && (column === 'id_number_hash' || column === 'phone_hash')) {
    return `case when copy.serial % ${SAME_PERSON_EVERY} = 0 then t.${column} else md5(t.${column} || copy.serial) end`;
  }
  if (table === 'deadline_clock' && (column === 'missed_at' || column === 'due_soon_sent_at')) {
    // Past due now (moved back, or already in the template): announced long ago, not news to the scanner.
    return `case when t.met_at is null and t.due_at - copy.back < now() then coalesce(t.${column} - copy.back, t.due_at - copy.back) else t.${column} - copy.back end`;
  }
  if (type.startsWith('timestamp')) return `t.${column} - copy.back`;
  return `t.${column}`;
}
