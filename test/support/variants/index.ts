import { AUTH_VARIANTS } from './auth.js';
import { AUTHORIZATION_VARIANTS } from './authorization.js';
import { CLAIM_VARIANTS } from './claims.js';
import { DEACTIVATION_VARIANTS } from './deactivation.js';
import { FRESH_VARIANTS } from './fresh.js';
import { HTTP_VARIANTS } from './http.js';
import { OBSERVATION_VARIANTS } from './observations.js';
import { SCHEMA_VARIANTS } from './schema.js';
import { SETTINGS_VARIANTS } from './settings.js';
import { SOCKET_VARIANTS } from './socket.js';
import type { Variant } from './variant.js';

export type { Expectation, Variant, VariantEnv } from './variant.js';

/** Every broken server the rule-level proof runs the suite against. */
export const VARIANTS: readonly Variant[] = [
  ...HTTP_VARIANTS,
  ...SCHEMA_VARIANTS,
  ...AUTH_VARIANTS,
  ...SETTINGS_VARIANTS,
  ...SOCKET_VARIANTS,
  ...FRESH_VARIANTS,
  ...AUTHORIZATION_VARIANTS,
  ...CLAIM_VARIANTS,
  ...DEACTIVATION_VARIANTS,
  ...OBSERVATION_VARIANTS,
];
