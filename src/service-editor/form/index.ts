/** The service editor's form (internal to `<oruk-service-editor>`). */
export { OrukServiceForm, defineServiceForm, type FormInputDetail } from './service-form.component.js';
