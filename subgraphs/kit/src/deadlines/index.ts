export * from './deadline-clock.entity';
export * from './calendar-day-override.entity';
export * from './deadline-migration';
export * from './working-calendar';
export * from './deadline-clocks';
export * from './deadline-scheduler';
export * from './deadlines.loader';
