export { checkService, checkField, type CheckResult } from './check-service.js';
export { isUkPostcode, isUkPhone, isClockTime, isCurrencyCode, isLanguageCode } from './uk-formats.js';
