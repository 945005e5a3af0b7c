import { Migration } from '@mikro-orm/migrations';

/**
 * Cases as a workflow: the application, approval with amounts and who decided, payments,
 * joint assistance; and the copy of the petitions assistance needs (`known_petition`).
 */
export class Migration20261123000020AssistanceCases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type priority_group rename value 'NONE' to 'OTHER';`);
    this.addSql(`create type assistance_origin as enum ('PETITION_CATEGORY', 'VULNERABILITY', 'HANDLER');`);
    this.addSql(`create type applicant_relation as enum ('PETITIONER', 'CLOSE_RELATIVE');`);
    this.addSql(`create type assistance_grounds as enum ('VICTIM_WITHOUT_COMPENSATION', 'HARDSHIP_CAUSED_BY_CASE', 'OTHER');`);
    this.addSql(`create type decision_maker as enum ('PROCURATOR_GENERAL', 'PROCURATORIAL_COMMITTEE');`);
    this.addSql(`create type payment_method as enum ('BANK_TRANSFER', 'CASH', 'OTHER');`);
    // New statuses: a type is replaced rather than extended, so the migration stays one transaction.
    this.addSql('alter type assistance_case_status rename to assistance_case_status_v1;');
    this.addSql(`create type assistance_case_status as enum ('OPEN', 'PROPOSED', 'REVIEWED', 'APPROVED', 'REFUSED', 'PARTLY_PAID', 'PAID', 'CLOSED', 'WITHDRAWN');`);
    this.addSql('alter table assistance_case alter column status type assistance_case_status using status::text::assistance_case_status;');
    this.addSql('drop type assistance_case_status_v1;');
    this.addSql(`alter table assistance_case
      add column origin assistance_origin not null default 'HANDLER',
      add column applicant_relation applicant_relation null,
      add column grounds assistance_grounds null,
      add column approved_amount_fen int null check (approved_amount_fen > 0),
      add column joint_agency_id text null,
      add column joint_share_fen int null check (joint_share_fen > 0),
      add column paid_amount_fen int not null default 0 check (paid_amount_fen >= 0),
      add column decided_by decision_maker null,
      add column decided_at timestamptz null,
      add column paperwork_pending boolean not null default false,
      add column paid_at timestamptz null,
      add column summary text null,
      add column applied_at timestamptz null,
      add column updated_at timestamptz null,
      add column version int not null default 1,
      alter column applicant_name drop not null,
      alter column hardship drop not null,
      alter column requested_amount_fen drop not null,
      add constraint assistance_case_paid_within_approved check (paid_amount_fen <= coalesce(approved_amount_fen, 0) + coalesce(joint_share_fen, 0) or paperwork_pending);`);
    this.addSql('update assistance_case set applied_at = created_at, updated_at = created_at;');
    this.addSql('alter table assistance_case alter column applied_at set not null, alter column updated_at set not null;');
    this.addSql('alter table assistance_case alter column origin drop default;');
    // The platform proposes at most one case per petition; a redelivered event finds it there.
    this.addSql(`create unique index assistance_case_proposed_once on assistance_case (petition_id) where origin <> 'HANDLER';`);
    this.addSql('create index assistance_case_joint_agency_index on assistance_case (joint_agency_id) where joint_agency_id is not null;');
    this.addSql(`create table assistance_payment (
      id uuid primary key,
      assistance_case_id uuid not null references assistance_case (id),
      agency_id text not null,
      amount_fen int not null check (amount_fen > 0),
      paid_at timestamptz not null,
      method payment_method not null,
      receipt_reference text not null,
      urgent boolean not null,
      recorded_by text not null,
      recorded_at timestamptz not null
    );`);
    this.addSql('create index assistance_payment_assistance_case_id_index on assistance_payment (assistance_case_id);');
    this.addSql('create index assistance_payment_agency_id_paid_at_index on assistance_payment (agency_id, paid_at);');
    this.addSql(`create table known_petition (
      petition_id uuid primary key,
      tracking_number text not null,
      category text not null,
      receiving_agency_id text not null,
      handling_agency_id text not null,
      received_at timestamptz not null,
      petitioner_vulnerabilities jsonb not null default '[]'
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table known_petition;');
    this.addSql('drop table assistance_payment;');
    this.addSql('drop index assistance_case_proposed_once;');
    this.addSql('drop index assistance_case_joint_agency_index;');
    this.addSql(`alter table assistance_case drop constraint assistance_case_paid_within_approved,
      drop column origin, drop column applicant_relation, drop column grounds, drop column approved_amount_fen, drop column joint_agency_id,
      drop column joint_share_fen, drop column paid_amount_fen, drop column decided_by, drop column decided_at, drop column paperwork_pending,
      drop column paid_at, drop column summary, drop column applied_at, drop column updated_at, drop column version;`);
    this.addSql('alter type assistance_case_status rename to assistance_case_status_v2;');
    this.addSql(`create type assistance_case_status as enum ('OPEN', 'APPROVED', 'PAID', 'CLOSED');`);
    this.addSql(`alter table assistance_case alter column status type assistance_case_status using (case when status::text in ('OPEN', 'APPROVED', 'PAID', 'CLOSED') then status::text else 'OPEN' end)::assistance_case_status;`);
    this.addSql('drop type assistance_case_status_v2;');
    for (const type of ['payment_method', 'decision_maker', 'assistance_grounds', 'applicant_relation', 'assistance_origin']) this.addSql(`drop type ${type};`);
    this.addSql(`alter type priority_group rename value 'OTHER' to 'NONE';`);
  }
}
