import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000003Assistance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type priority_group as enum ('MINOR', 'WOMAN_IN_HARDSHIP', 'DISABLED', 'RURAL_FALLEN_INTO_POVERTY', 'NONE');`);
    this.addSql(`create type assistance_case_status as enum ('OPEN', 'APPROVED', 'PAID', 'CLOSED');`);
    this.addSql(`create type help_needed as enum ('PSYCHOLOGICAL_COUNSELLING', 'VOCATIONAL_TRAINING', 'SOCIAL_ASSISTANCE', 'LEGAL_AID', 'EDUCATION_SUPPORT', 'MEDICAL_ASSISTANCE', 'OTHER');`);
    this.addSql(`create type data_sharing_basis as enum ('CONSENT', 'LEGAL_GROUND');`);
    this.addSql(`create type referral_status as enum ('ISSUED', 'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'REVOKED');`);
    this.addSql(`create table assistance_case (
      id uuid primary key,
      petition_id uuid not null,
      handling_agency_id text not null,
      applicant_name text not null,
      priority_group priority_group not null,
      hardship text not null,
      requested_amount_fen int not null check (requested_amount_fen >= 0),
      status assistance_case_status not null,
      opened_by text not null,
      created_at timestamptz not null
    );`);
    this.addSql('create index assistance_case_petition_id_index on assistance_case (petition_id);');
    this.addSql(`create table referral (
      id uuid primary key,
      assistance_case_id uuid not null references assistance_case (id),
      petition_id uuid not null,
      partner_agency_id text not null,
      issuing_agency_id text not null,
      help_needed help_needed not null,
      summary text not null,
      urgent boolean not null,
      data_sharing_basis data_sharing_basis not null,
      status referral_status not null,
      status_note text null,
      issued_by text not null,
      issued_at timestamptz not null,
      updated_at timestamptz not null,
      version int not null default 1
    );`);
    this.addSql('create index referral_assistance_case_id_index on referral (assistance_case_id);');
    this.addSql('create index referral_petition_id_index on referral (petition_id);');
    this.addSql('create index referral_inbox_index on referral (partner_agency_id, status, issued_at desc, id desc);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table referral;');
    this.addSql('drop table assistance_case;');
    for (const type of ['referral_status', 'data_sharing_basis', 'help_needed', 'assistance_case_status', 'priority_group']) {
      this.addSql(`drop type ${type};`);
    }
  }
}
