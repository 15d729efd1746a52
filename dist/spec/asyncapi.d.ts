import { z } from '@hono/zod-openapi';
/** The socket path the docs name first; `/ws/chat/room/` is an accepted alias (DECISIONS.md D2). */
export declare const SOCKET_PATH = "/chat/room/ws/";
export declare const SOCKET_PATH_ALIAS = "/ws/chat/room/";
/**
 * Builds the AsyncAPI 3.0 document of the chat socket from the same Zod schemas the stand-in
 * validates frames with.
 *
 * @example
 * const doc = buildAsyncApiDocument({ host: '127.0.0.1:8000', protocol: 'ws' });
 */
export declare function buildAsyncApiDocument(server?: {
    host: string;
    protocol: string;
}): {
    asyncapi: string;
    info: {
        title: string;
        version: string;
        description: string;
    };
    defaultContentType: string;
    servers: {
        chat: {
            host: string;
            protocol: string;
            description: string;
            security: {
                $ref: string;
            }[];
        };
    };
    channels: {
        room: {
            address: string;
            title: string;
            description: string;
            servers: {
                $ref: string;
            }[];
            messages: {
                chatMessage: {
                    $ref: string;
                };
                reMessage: {
                    $ref: string;
                };
                error: {
                    $ref: string;
                };
            };
            bindings: {
                ws: {
                    method: string;
                    query: {
                        type: string;
                        properties: {
                            token: {
                                type: string;
                                description: string;
                            };
                        };
                        required: string[];
                    };
                };
            };
        };
    };
    operations: {
        sendChatMessage: {
            action: string;
            title: string;
            summary: string;
            channel: {
                $ref: string;
            };
            messages: {
                $ref: string;
            }[];
        };
        receiveReMessage: {
            action: string;
            title: string;
            channel: {
                $ref: string;
            };
            messages: {
                $ref: string;
            }[];
        };
        receiveError: {
            action: string;
            title: string;
            channel: {
                $ref: string;
            };
            messages: {
                $ref: string;
            }[];
        };
    };
    components: {
        securitySchemes: {
            token: {
                type: string;
                name: string;
                in: string;
                description: string;
            };
        };
        messages: {
            chatMessage: {
                name: string;
                title: string;
                summary: string;
                contentType: string;
                payload: {
                    [k: string]: unknown;
                    "~standard": z.core.ZodStandardSchemaWithJSON<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
                    $id?: string;
                    $anchor?: string;
                    $ref?: string;
                    $dynamicRef?: string;
                    $dynamicAnchor?: string;
                    $vocabulary?: Record<string, boolean>;
                    $comment?: string;
                    $defs?: Record<string, z.core.JSONSchema.JSONSchema>;
                    type?: z.core.JSONSchema.SchemaType | z.core.JSONSchema.SchemaType[];
                    additionalItems?: z.core.JSONSchema._JSONSchema;
                    unevaluatedItems?: z.core.JSONSchema._JSONSchema;
                    prefixItems?: z.core.JSONSchema._JSONSchema[];
                    items?: z.core.JSONSchema._JSONSchema | z.core.JSONSchema._JSONSchema[];
                    contains?: z.core.JSONSchema._JSONSchema;
                    additionalProperties?: z.core.JSONSchema._JSONSchema;
                    unevaluatedProperties?: z.core.JSONSchema._JSONSchema;
                    properties?: Record<string, z.core.JSONSchema._JSONSchema>;
                    patternProperties?: Record<string, z.core.JSONSchema._JSONSchema>;
                    dependentSchemas?: Record<string, z.core.JSONSchema._JSONSchema>;
                    propertyNames?: z.core.JSONSchema._JSONSchema;
                    if?: z.core.JSONSchema._JSONSchema;
                    then?: z.core.JSONSchema._JSONSchema;
                    else?: z.core.JSONSchema._JSONSchema;
                    allOf?: z.core.JSONSchema.JSONSchema[];
                    anyOf?: z.core.JSONSchema.JSONSchema[];
                    oneOf?: z.core.JSONSchema.JSONSchema[];
                    not?: z.core.JSONSchema._JSONSchema;
                    multipleOf?: number;
                    maximum?: number;
                    exclusiveMaximum?: number | boolean;
                    minimum?: number;
                    exclusiveMinimum?: number | boolean;
                    maxLength?: number;
                    minLength?: number;
                    pattern?: string;
                    maxItems?: number;
                    minItems?: number;
                    uniqueItems?: boolean;
                    maxContains?: number;
                    minContains?: number;
                    maxProperties?: number;
                    minProperties?: number;
                    required?: string[];
                    dependentRequired?: Record<string, string[]>;
                    enum?: Array<string | number | boolean | null>;
                    const?: string | number | boolean | null;
                    id?: string;
                    title?: string;
                    description?: string;
                    default?: unknown;
                    deprecated?: boolean;
                    readOnly?: boolean;
                    writeOnly?: boolean;
                    nullable?: boolean;
                    examples?: unknown[];
                    format?: string;
                    contentMediaType?: string;
                    contentEncoding?: string;
                    contentSchema?: z.core.JSONSchema.JSONSchema;
                    _prefault?: unknown;
                };
                examples: {
                    payload: unknown;
                }[];
            };
            reMessage: {
                name: string;
                title: string;
                summary: string;
                contentType: string;
                payload: {
                    [k: string]: unknown;
                    "~standard": z.core.ZodStandardSchemaWithJSON<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
                    $id?: string;
                    $anchor?: string;
                    $ref?: string;
                    $dynamicRef?: string;
                    $dynamicAnchor?: string;
                    $vocabulary?: Record<string, boolean>;
                    $comment?: string;
                    $defs?: Record<string, z.core.JSONSchema.JSONSchema>;
                    type?: z.core.JSONSchema.SchemaType | z.core.JSONSchema.SchemaType[];
                    additionalItems?: z.core.JSONSchema._JSONSchema;
                    unevaluatedItems?: z.core.JSONSchema._JSONSchema;
                    prefixItems?: z.core.JSONSchema._JSONSchema[];
                    items?: z.core.JSONSchema._JSONSchema | z.core.JSONSchema._JSONSchema[];
                    contains?: z.core.JSONSchema._JSONSchema;
                    additionalProperties?: z.core.JSONSchema._JSONSchema;
                    unevaluatedProperties?: z.core.JSONSchema._JSONSchema;
                    properties?: Record<string, z.core.JSONSchema._JSONSchema>;
                    patternProperties?: Record<string, z.core.JSONSchema._JSONSchema>;
                    dependentSchemas?: Record<string, z.core.JSONSchema._JSONSchema>;
                    propertyNames?: z.core.JSONSchema._JSONSchema;
                    if?: z.core.JSONSchema._JSONSchema;
                    then?: z.core.JSONSchema._JSONSchema;
                    else?: z.core.JSONSchema._JSONSchema;
                    allOf?: z.core.JSONSchema.JSONSchema[];
                    anyOf?: z.core.JSONSchema.JSONSchema[];
                    oneOf?: z.core.JSONSchema.JSONSchema[];
                    not?: z.core.JSONSchema._JSONSchema;
                    multipleOf?: number;
                    maximum?: number;
                    exclusiveMaximum?: number | boolean;
                    minimum?: number;
                    exclusiveMinimum?: number | boolean;
                    maxLength?: number;
                    minLength?: number;
                    pattern?: string;
                    maxItems?: number;
                    minItems?: number;
                    uniqueItems?: boolean;
                    maxContains?: number;
                    minContains?: number;
                    maxProperties?: number;
                    minProperties?: number;
                    required?: string[];
                    dependentRequired?: Record<string, string[]>;
                    enum?: Array<string | number | boolean | null>;
                    const?: string | number | boolean | null;
                    id?: string;
                    title?: string;
                    description?: string;
                    default?: unknown;
                    deprecated?: boolean;
                    readOnly?: boolean;
                    writeOnly?: boolean;
                    nullable?: boolean;
                    examples?: unknown[];
                    format?: string;
                    contentMediaType?: string;
                    contentEncoding?: string;
                    contentSchema?: z.core.JSONSchema.JSONSchema;
                    _prefault?: unknown;
                };
                examples: {
                    payload: unknown;
                }[];
            };
            error: {
                name: string;
                title: string;
                summary: string;
                contentType: string;
                payload: {
                    [k: string]: unknown;
                    "~standard": z.core.ZodStandardSchemaWithJSON<z.ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
                    $id?: string;
                    $anchor?: string;
                    $ref?: string;
                    $dynamicRef?: string;
                    $dynamicAnchor?: string;
                    $vocabulary?: Record<string, boolean>;
                    $comment?: string;
                    $defs?: Record<string, z.core.JSONSchema.JSONSchema>;
                    type?: z.core.JSONSchema.SchemaType | z.core.JSONSchema.SchemaType[];
                    additionalItems?: z.core.JSONSchema._JSONSchema;
                    unevaluatedItems?: z.core.JSONSchema._JSONSchema;
                    prefixItems?: z.core.JSONSchema._JSONSchema[];
                    items?: z.core.JSONSchema._JSONSchema | z.core.JSONSchema._JSONSchema[];
                    contains?: z.core.JSONSchema._JSONSchema;
                    additionalProperties?: z.core.JSONSchema._JSONSchema;
                    unevaluatedProperties?: z.core.JSONSchema._JSONSchema;
                    properties?: Record<string, z.core.JSONSchema._JSONSchema>;
                    patternProperties?: Record<string, z.core.JSONSchema._JSONSchema>;
                    dependentSchemas?: Record<string, z.core.JSONSchema._JSONSchema>;
                    propertyNames?: z.core.JSONSchema._JSONSchema;
                    if?: z.core.JSONSchema._JSONSchema;
                    then?: z.core.JSONSchema._JSONSchema;
                    else?: z.core.JSONSchema._JSONSchema;
                    allOf?: z.core.JSONSchema.JSONSchema[];
                    anyOf?: z.core.JSONSchema.JSONSchema[];
                    oneOf?: z.core.JSONSchema.JSONSchema[];
                    not?: z.core.JSONSchema._JSONSchema;
                    multipleOf?: number;
                    maximum?: number;
                    exclusiveMaximum?: number | boolean;
                    minimum?: number;
                    exclusiveMinimum?: number | boolean;
                    maxLength?: number;
                    minLength?: number;
                    pattern?: string;
                    maxItems?: number;
                    minItems?: number;
                    uniqueItems?: boolean;
                    maxContains?: number;
                    minContains?: number;
                    maxProperties?: number;
                    minProperties?: number;
                    required?: string[];
                    dependentRequired?: Record<string, string[]>;
                    enum?: Array<string | number | boolean | null>;
                    const?: string | number | boolean | null;
                    id?: string;
                    title?: string;
                    description?: string;
                    default?: unknown;
                    deprecated?: boolean;
                    readOnly?: boolean;
                    writeOnly?: boolean;
                    nullable?: boolean;
                    examples?: unknown[];
                    format?: string;
                    contentMediaType?: string;
                    contentEncoding?: string;
                    contentSchema?: z.core.JSONSchema.JSONSchema;
                    _prefault?: unknown;
                };
                examples: {
                    payload: unknown;
                }[];
            };
        };
    };
};
