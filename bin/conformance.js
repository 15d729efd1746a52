#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the bin works from a clone with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../conformance/cli.ts');
process.exitCode = await main(process.argv.slice(2));
