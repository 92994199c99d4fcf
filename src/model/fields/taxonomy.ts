/** Categories: the links from a record to taxonomy terms, the terms, and their taxonomies. */
import { entity } from './types.js';

export const attribute = entity({
  noun: { en: 'category link', cy: 'y cysylltiad categori' },
  fields: {
    id: { type: 'uuid', required: true },
    link_id: {
      type: 'uuid',
      label: { en: 'Linked record ID', cy: 'ID y cofnod cysylltiedig', cyInSentence: 'ID y cofnod cysylltiedig' },
    },
    taxonomy_term_id: { type: 'uuid' },
    link_type: {
      type: 'string',
      label: { en: 'Link type', cy: 'Math o gysylltiad', cyInSentence: 'y math o gysylltiad' },
    },
    taxonomy_term: {
      type: { one: 'taxonomy_term' },
      label: { en: 'Category', cy: 'Categori', cyInSentence: 'y categori' },
    },
  },
});

export const taxonomyTerm = entity({
  noun: { en: 'category', cy: 'y categori' },
  fields: {
    id: { type: 'uuid', required: true },
    name: {
      type: 'string',
      required: true,
      label: { en: 'Category name', cy: 'Enw’r categori', cyInSentence: 'enw’r categori' },
      translatable: true,
    },
    description: {
      type: 'string',
      required: true,
      label: {
        en: 'Description of the category',
        cy: 'Disgrifiad o’r categori',
        cyInSentence: 'y disgrifiad o’r categori',
      },
      translatable: true,
    },
    parent_id: {
      type: 'uuid',
      label: { en: 'Parent category ID', cy: 'ID y categori rhiant', cyInSentence: 'ID y categori rhiant' },
    },
    taxonomy: {
      type: 'string',
      label: { en: 'Taxonomy', cy: 'Tacsonomeg', cyInSentence: 'y dacsonomeg' },
      aliases: ['vocabulary', 'taxonomy_detail'],
    },
    taxonomy_id: { type: 'uuid' },
    term_uri: {
      type: 'uri',
      label: { en: 'Term URI', cy: 'URI y term', cyInSentence: 'URI y term', enInSentence: 'term URI' },
    },
    term: { type: 'string', label: { en: 'Term', cy: 'Term', cyInSentence: 'y term' } },
  },
});

export const taxonomy = entity({
  noun: { en: 'taxonomy', cy: 'y dacsonomeg' },
  fields: {
    id: { type: 'uuid', required: true },
    name: {
      type: 'string',
      required: true,
      label: { en: 'Taxonomy name', cy: 'Enw’r dacsonomeg', cyInSentence: 'enw’r dacsonomeg' },
    },
    description: {
      type: 'string',
      required: true,
      label: {
        en: 'Description of the taxonomy',
        cy: 'Disgrifiad o’r dacsonomeg',
        cyInSentence: 'y disgrifiad o’r dacsonomeg',
      },
    },
    uri: { type: 'uri', label: { en: 'Taxonomy URI', cy: 'URI y dacsonomeg', cyInSentence: 'URI y dacsonomeg' } },
    version: { type: 'string', label: { en: 'Version', cy: 'Fersiwn', cyInSentence: 'y fersiwn' } },
    taxonomy_terms: {
      type: { list: 'taxonomy_term' },
      label: { en: 'Categories', cy: 'Categorïau', cyInSentence: 'y categorïau' },
    },
  },
});
