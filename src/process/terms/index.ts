/** Working days and iJw terms: see docs/working-days.md. */
export * from './werkdagen.js';
export * from './deadlines.js';
