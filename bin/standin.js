#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the bin works from a clone with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
