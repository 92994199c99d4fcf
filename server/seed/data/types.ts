/**
 * The compact shapes the seed data is written in; build.ts turns them into ORUK 3.0 records,
 * typed with the strict model's types (derived from the field registry, src/model/fields/).
 */
import type { Service } from '../../../src/model/schema/entities.js';

export interface LocationSeed {
  key: string;
  name: string;
  description: string;
  address1: string;
  city: string;
  county: string;
  postcode: string;
  /** 'Wales' | 'England': ORUK country is the ISO code "GB"; region holds the nation. */
  nation: 'England' | 'Wales';
  latitude: number;
  longitude: number;
  accessibility: string[];
}

/** [days (RFC 5545 BYDAY), opens "HH:MM", closes "HH:MM", optional description] */
export type OpeningSeed = [string, string, string, string?];

export interface ServiceSeed {
  key: string;
  name: string;
  description: string;
  status?: Service['status'];
  alert?: string;
  /** Path under the organisation's website, e.g. "/food-parcels". */
  path: string;
  email?: string;
  minAge?: number;
  maxAge?: number;
  /** Term keys from taxonomy.ts. */
  terms: string[];
  /** Location keys of this organisation; empty for services delivered by phone or online. */
  locations: string[];
  opening: OpeningSeed[];
  /** Omitted: the service is free. */
  cost?: { option: string; amount?: number; description: string };
  languages: string[];
  areas: string[];
  contact: { name: string; title: string };
  accreditations?: string;
}

export interface OrganizationSeed {
  key: string;
  name: string;
  description: string;
  /** Local part of the domain: www.<domain>.example.org.uk */
  domain: string;
  charityNumber: string;
  locations: LocationSeed[];
  services: ServiceSeed[];
}
