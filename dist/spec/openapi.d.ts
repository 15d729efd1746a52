export declare const API_TITLE = "9app chat + exec API";
export declare const API_VERSION = "0.1.0";
/**
 * Builds the OpenAPI 3.1 document from the route objects. Pure: the same schemas always give the
 * same document, which is what the drift test relies on.
 *
 * @example
 * const doc = buildOpenApiDocument([{ url: 'http://127.0.0.1:8000' }]);
 */
export declare function buildOpenApiDocument(servers?: {
    url: string;
    description?: string;
}[]): import("openapi3-ts/oas31").OpenAPIObject;
