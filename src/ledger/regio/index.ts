export * from './types.js';
export * from './load.js';
export { EENHEID, FREQUENTIE, PRODUCTCATEGORIE, TYPE_VERWIJZER } from './codes.js';
