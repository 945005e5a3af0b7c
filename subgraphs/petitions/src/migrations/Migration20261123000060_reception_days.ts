import { Migration } from '@mikro-orm/migrations';

/** Procurator-general reception days: leaders' slots and the petitioners booked into them by name. */
export class Migration20261123000060ReceptionDays extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table reception_slot (
      id uuid primary key,
      agency_id text not null,
      leader_staff_id text not null,
      starts_at timestamptz not null,
      ends_at timestamptz not null check (ends_at > starts_at),
      place text not null,
      capacity int not null check (capacity between 1 and 100),
      booked int not null default 0 check (booked between 0 and capacity)
    );`);
    this.addSql('create index reception_slot_agency_starts_at_index on reception_slot (agency_id, starts_at);');
    this.addSql(`create table reception_booking (
      id uuid primary key,
      slot_id uuid not null references reception_slot (id),
      petition_id uuid not null references petition (id),
      booked_by_name text not null,
      booked_at timestamptz not null,
      outcome text,
      received_at timestamptz,
      unique (slot_id, petition_id)
    );`);
    this.addSql('create index reception_booking_petition_id_index on reception_booking (petition_id);');
  }
}
