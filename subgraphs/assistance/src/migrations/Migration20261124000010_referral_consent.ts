import { Migration } from '@mikro-orm/migrations';

/**
 * A referral records the consent (who, when, to what, how) or the legal ground it shares
 * personal data on, and keeps the person's contact and ID number sealed; more kinds of help.
 */
export class Migration20261124000010ReferralConsent extends Migration {
  override async up(): Promise<void> {
    // New kinds of help: the type is replaced rather than extended, so the migration stays one transaction.
    this.addSql('alter type help_needed rename to help_needed_v1;');
    this.addSql(`create type help_needed as enum ('MINIMUM_LIVING_ALLOWANCE', 'TEMPORARY_ASSISTANCE', 'WOMENS_RIGHTS_SUPPORT', 'DISABILITY_SUPPORT',
      'PSYCHOLOGICAL_COUNSELLING', 'VOCATIONAL_TRAINING', 'SOCIAL_ASSISTANCE', 'LEGAL_AID', 'EDUCATION_SUPPORT', 'MEDICAL_ASSISTANCE', 'OTHER');`);
    this.addSql('alter table referral alter column help_needed type help_needed using help_needed::text::help_needed;');
    this.addSql('drop type help_needed_v1;');
    this.addSql(`create type consent_giver as enum ('APPLICANT', 'GUARDIAN', 'RELATIVE');`);
    this.addSql(`create type consent_form as enum ('WRITTEN', 'ORAL_RECORDED', 'ELECTRONIC');`);
    this.addSql(`create type legal_ground as enum ('STATUTORY_DUTY', 'VITAL_INTERESTS', 'PROTECTION_OF_MINORS');`);
    this.addSql(`alter table referral
      add column person_name text null,
      add column contact_phone_ciphertext text null,
      add column contact_phone_key_id text null,
      add column id_number_ciphertext text null,
      add column id_number_key_id text null,
      add column consent_given_by consent_giver null,
      add column consent_giver_name_ciphertext text null,
      add column consent_giver_name_key_id text null,
      add column consent_given_at timestamptz null,
      add column consent_covers jsonb null,
      add column consent_form consent_form null,
      add column legal_ground legal_ground null,
      add column legal_ground_citation text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table referral drop column person_name, drop column contact_phone_ciphertext, drop column contact_phone_key_id,
      drop column id_number_ciphertext, drop column id_number_key_id, drop column consent_given_by, drop column consent_giver_name_ciphertext,
      drop column consent_giver_name_key_id, drop column consent_given_at, drop column consent_covers, drop column consent_form,
      drop column legal_ground, drop column legal_ground_citation;`);
    this.addSql('drop type consent_giver; drop type consent_form; drop type legal_ground;');
  }
}
