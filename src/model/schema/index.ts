/** The strict ORUK 3.0 schemas, one per entity a service record nests, and the table they are built from. */
export { isDate, isDateTime, isEmail, isTime, isUri, isUuid } from './formats.js';
export { ADDRESS_TYPES, ENTITY_TABLE, LOCATION_TYPES, SERVICE_STATUSES, type Entity, type EntitySpec, type FieldSpec } from './table.js';
export * from './entities.js';
