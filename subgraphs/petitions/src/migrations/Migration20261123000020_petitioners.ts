import { Migration } from '@mikro-orm/migrations';

/**
 * Petitioners with their personal data sealed, the request, the difficult-case flags with
 * the links between repeat petitions, and the append-only audit log of personal-data reads.
 */
export class Migration20261123000020Petitioners extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table petition
      add column request text,
      add column jurisdiction_agency_id text,
      add column is_repeat boolean not null default false,
      add column repeat_count int not null default 0,
      add column is_group boolean not null default false,
      add column is_leapfrog boolean not null default false;`);
    // Petitions registered before the request was asked for separately: their summary said it.
    this.addSql('update petition set request = summary, is_group = head_count >= 5;');
    this.addSql('alter table petition alter column request set not null;');
    // Flag lists are an agency's, newest first: one small index each, holding only flagged rows.
    for (const flag of ['is_repeat', 'is_group', 'is_leapfrog']) {
      this.addSql(`create index petition_${flag}_index on petition (receiving_agency_id, received_at desc, id desc) where ${flag};`);
    }

    this.addSql(`create type petitioner_gender as enum ('MALE', 'FEMALE');`);
    this.addSql(`create type petitioner_document_type as enum ('RESIDENT_ID', 'PASSPORT', 'HONG_KONG_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT', 'OTHER');`);
    // Foreign keys checked at commit: a petition and its petitioners are written in one flush, in any order.
    this.addSql(`create table petitioner (
      id uuid primary key,
      petition_id uuid not null references petition (id) deferrable initially deferred,
      position int not null check (position >= 0),
      name text not null,
      gender petitioner_gender,
      document_type petitioner_document_type,
      id_number_ciphertext text,
      id_number_key_id text,
      id_number_hash text,
      phone_ciphertext text,
      phone_key_id text,
      phone_hash text,
      address text,
      vulnerabilities text[] not null default '{}',
      representative boolean not null default false,
      created_at timestamptz not null,
      unique (petition_id, position),
      check ((id_number_ciphertext is null) = (id_number_key_id is null) and (id_number_ciphertext is null) = (id_number_hash is null) and (id_number_ciphertext is null) = (document_type is null)),
      check ((phone_ciphertext is null) = (phone_key_id is null) and (phone_ciphertext is null) = (phone_hash is null))
    );`);
    this.addSql('create index petitioner_id_number_hash_index on petitioner (id_number_hash) where id_number_hash is not null;');
    this.addSql('create index petitioner_phone_hash_index on petitioner (phone_hash) where phone_hash is not null;');
    // Every petition registered before had one named petitioner and nothing else about them.
    this.addSql(`insert into petitioner (id, petition_id, position, name, created_at)
      select gen_random_uuid(), id, 0, petitioner_name, created_at from petition;`);

    this.addSql(`create table petition_repeat_link (
      petition_id uuid not null references petition (id) deferrable initially deferred,
      earlier_petition_id uuid not null references petition (id),
      primary key (petition_id, earlier_petition_id)
    );`);
    this.addSql('create index petition_repeat_link_earlier_index on petition_repeat_link (earlier_petition_id);');

    this.addSql(`create type personal_data_operation as enum ('UNMASK_PETITIONER', 'PERSON_HISTORY');`);
    this.addSql(`create table personal_data_access (
      id uuid primary key,
      at timestamptz not null,
      user_id text not null,
      user_name text not null,
      agency_id text not null,
      roles text[] not null,
      operation personal_data_operation not null,
      purpose text not null check (length(btrim(purpose)) > 0),
      subject_type text not null,
      subject_id text not null,
      petition_id uuid,
      fields text[] not null
    );`);
    this.addSql('create index personal_data_access_at_index on personal_data_access (at desc, id desc);');
    this.addSql('create index personal_data_access_subject_index on personal_data_access (subject_id, at desc);');
    // The audit log is append-only for everyone who connects, not only for this code.
    this.addSql(`create function personal_data_access_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'personal_data_access is append-only: % is not allowed', tg_op;
      end $$;`);
    this.addSql(`create trigger personal_data_access_no_change before update or delete on personal_data_access
      for each row execute function personal_data_access_append_only();`);
    this.addSql(`create trigger personal_data_access_no_truncate before truncate on personal_data_access
      for each statement execute function personal_data_access_append_only();`);
  }
}
