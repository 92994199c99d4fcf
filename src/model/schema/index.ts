/** The strict ORUK 3.0 schemas, one per entity a service record nests, and the table they are built from. */
export { isDate, isDateTime, isEmail, isTime, isUri, isUuid } from './formats.js';
export { ENTITY_TABLE, nestedEntity, properties, type Entity, type Property } from './table.js';
export * from './entities.js';
