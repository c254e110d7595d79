/** The names Backstory's W3C Web Annotation output uses, shared by the writer and the reader. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Linked entities are semantic tags with this IRI prefix and the entity's id. */
export const ENTITY_IRI = 'urn:backstory:entity:';
/** What the model has no place for, on each claim's annotation. */
export const EXTENSION_KEY = 'backstory:claim';
/** The relation record, on each relation's `linking` annotation. */
export const RELATION_KEY = 'backstory:relation';
