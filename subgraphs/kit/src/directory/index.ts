export * from './directory-agency.entity';
export * from './directory-staff.entity';
export * from './directory-migration';
export * from './directory-projection';
export * from './calendar-projection';
export * from './directory.consumer';
export * from './directory-problems';
export * from './directory-lookup';
