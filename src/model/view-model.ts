/**
 * The view model: what the elements render. The lenient reader turns any feed
 * response (ORUK 3.0 or ORUK v1) into these types; nothing here is ever
 * undefined-versus-empty ambiguous: lists are always arrays, optional scalars
 * are `undefined` when the feed had nothing usable.
 *
 * All strings are UNTRUSTED feed text. `descriptionHtml` may contain HTML and
 * must only ever be rendered through the sanitizer.
 */
import type { Problem } from './problem.js';
import type { Entity } from './schema/table.js';

/** A service's status: one of the values of the choice `service.status` in the field registry (ORUK 3.0's). */
export type ServiceStatus = Entity<'service'>['status'];
export type FeedVersion = '3.0' | '1.0' | 'unknown';

export interface OrganizationView {
  id: string;
  name: string;
  description?: string;
  email?: string;
  website?: string;
  logo?: string;
}

export interface PhoneView {
  id?: string;
  /** As given, for display. */
  number: string;
  /** `tel:` target (digits and leading +), or undefined when the number has no dialable digits ("Ask at reception"). */
  tel?: string;
  description?: string;
}

export interface ContactView {
  id?: string;
  name?: string;
  title?: string;
  email?: string;
  phones: PhoneView[];
}

export interface AddressView {
  address1: string;
  city?: string;
  region?: string;
  stateProvince?: string;
  postalCode?: string;
  country?: string;
  type?: 'physical' | 'postal' | 'virtual';
}

export interface LocationView {
  id?: string;
  name?: string;
  description?: string;
  type?: 'physical' | 'postal' | 'virtual';
  latitude?: number;
  longitude?: number;
  addresses: AddressView[];
  accessibility: string[];
  phones: PhoneView[];
}

/** Day codes as in RFC 5545 BYDAY. */
export type DayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface ScheduleView {
  id?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  days: DayCode[];
  /** "HH:MM" 24-hour, normalised from "10:00:00", "10:00:00Z", "1000" etc. */
  opensAt?: string;
  closesAt?: string;
  validFrom?: string;
  validTo?: string;
  description?: string;
  notes?: string;
  /** Which location this schedule belongs to, when it is tied to one. */
  locationId?: string;
  /** Holiday closures (ORUK v1 `holiday_schedules`): true when closed from validFrom to validTo. */
  closed?: boolean;
}

export interface CostOptionView {
  id?: string;
  option?: string;
  amount?: number;
  /** ISO 4217, default "GBP" when a feed gives an amount without one. */
  currency?: string;
  description?: string;
}

export interface ServiceAreaView {
  id?: string;
  name: string;
}

export interface TaxonomyTermView {
  id: string;
  name: string;
  /** The vocabulary, e.g. "OpenActive" or "esdServiceTypes", when known. */
  taxonomy?: string;
}

export interface LanguageView {
  /** Human readable name ("Welsh"), or the code when that is all there is. */
  name: string;
  /** BCP 47 / ISO 639 code when known. */
  code?: string;
}

export interface ServiceView {
  id: string;
  name: string;
  status: ServiceStatus;
  /** Untrusted, may hold HTML. Render only through the sanitizer. */
  descriptionHtml?: string;
  /** Plain text, tags stripped, whitespace collapsed; safe to put in text nodes. */
  summary?: string;
  url?: string;
  email?: string;
  alert?: string;
  fees?: string;
  minimumAge?: number;
  maximumAge?: number;
  /** ISO 8601 date-time; a feed value with no zone is read as UTC. */
  lastModified?: string;
  /** ISO date the record was last checked by a person. */
  assuredDate?: string;
  organization?: OrganizationView;
  contacts: ContactView[];
  phones: PhoneView[];
  locations: LocationView[];
  schedules: ScheduleView[];
  costOptions: CostOptionView[];
  languages: LanguageView[];
  serviceAreas: ServiceAreaView[];
  taxonomyTerms: TaxonomyTermView[];
  /** What the reader repaired or dropped in this record. */
  problems: Problem[];
}

export interface ServicePage {
  version: FeedVersion;
  items: ServiceView[];
  totalItems: number;
  totalPages: number;
  /** 1-based. */
  pageNumber: number;
  size: number;
  firstPage: boolean;
  lastPage: boolean;
  empty: boolean;
  /** Envelope-level problems, plus each item's problems prefixed with `contents.N.`. */
  problems: Problem[];
}

export interface ApiDetailsView {
  version: FeedVersion;
  /** Raw version string as the feed gave it. */
  versionLabel?: string;
  openapiUrl?: string;
  /** Present only when the catalogue advertises our write extension. */
  writeApi?: { version: string; tokenUrl: string };
  problems: Problem[];
}

export interface TaxonomyTermPage {
  items: TaxonomyTermView[];
  totalItems: number;
  totalPages: number;
  pageNumber: number;
  problems: Problem[];
}
