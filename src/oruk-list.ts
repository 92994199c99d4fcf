/**
 * Bundle entry dist/oruk-list.js: the public list for a charity's website, in one
 * `<script type="module" src=".../oruk-list.js">`. Loading it registers
 * `<oruk-catalogue>` and `<oruk-service-list>` (unless a tag is already taken, for
 * example because the script was loaded twice). No editor code is downloaded.
 */
import { defineCatalogue, defineServiceList } from './list.js';

defineCatalogue();
defineServiceList();

export * from './list.js';
