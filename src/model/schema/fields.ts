/**
 * The zod/mini building blocks every entity schema uses. Importing this module
 * switches zod to "jitless" mode, because a strict Content-Security-Policy on a
 * charity's site forbids the `new Function` that zod's fast path would use.
 */
import * as z from 'zod/mini';
import { isDateTime, isEmail, isUri, isUuid } from './formats.js';

z.config({ jitless: true });

export { z };

/** A required string with `format: uuid`. */
export const uuid = () => z.stringFormat('uuid', isUuid);
/** A required string with `format: email`. */
export const email = () => z.stringFormat('email', isEmail);
/** A required string with `format: uri`. */
export const uri = () => z.stringFormat('uri', isUri);
/** A required string with `format: date-time`. */
export const dateTime = () => z.stringFormat('date-time', isDateTime);

/** An optional property of JSON Schema `type: string` with no format. */
export const optText = () => z.optional(z.string());
/** An optional property of JSON Schema `type: number` (any finite number). */
export const optNumber = () => z.optional(z.number());
export const optUuid = () => z.optional(uuid());
export const optEmail = () => z.optional(email());
export const optUri = () => z.optional(uri());
export const optDateTime = () => z.optional(dateTime());
