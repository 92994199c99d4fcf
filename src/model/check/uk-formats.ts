/**
 * The UK-specific formats the editor insists on, which the official ORUK 3.0
 * schema does not state: postcodes, phone numbers, 24-hour clock times,
 * ISO 4217 currency codes and language codes.
 */

// Royal Mail postcode shapes (A9, A99, A9A, AA9, AA99, AA9A outward codes) plus GIR 0AA.
const OUTWARD = String.raw`[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y])`;
const POSTCODE = new RegExp(String.raw`^(?:GIR ?0AA|${OUTWARD} ?\d[ABD-HJLNP-UW-Z]{2})$`, 'i');

/** A real-looking UK postcode, in either case, with or without the space: "SW1A 1AA", "cf10 1ep". */
export function isUkPostcode(value: string): boolean {
  return POSTCODE.test(value.trim());
}

// National numbers: 0 then 9 or 10 digits. Short helplines: 999, 111, 116 123 and the like.
const PHONE = /^(?:0\d{9,10}|999|112|111|101|105|119|11[68]\d{3})$/;

/**
 * A UK phone number as people write it: spaces, hyphens, brackets and a +44
 * prefix (with or without "(0)") are fine; words are not.
 */
export function isUkPhone(value: string): boolean {
  return /^[\d\s()+-]+$/.test(value) && PHONE.test(value.replace(/[\s()-]/g, '').replace(/^(?:\+|00)440?/, '0'));
}

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;

/** A 24-hour clock time, `HH:MM` or `HH:MM:SS`: "09:30", "17:00:00". */
export function isClockTime(value: string): boolean {
  return CLOCK.test(value);
}

/** An ISO 4217 currency code: three capital letters, like GBP. */
export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value);
}

/** An ISO 639 / BCP 47 language tag: "cy", "en-GB", "pa-Guru". */
export function isLanguageCode(value: string): boolean {
  return /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i.test(value);
}
