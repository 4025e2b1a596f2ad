/**
 * The Web Annotation vocabulary's fixed strings, apart from the schemas so that
 * browser code writing annotations does not carry the validator (zod) with it.
 */

/** The Web Annotation JSON-LD context. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** A FragmentSelector's fragment syntax: an HTML id (RFC 3986). */
export const FRAGMENT_CONFORMS_TO = 'http://tools.ietf.org/rfc/rfc3986';
