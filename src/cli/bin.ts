#!/usr/bin/env node
import { main } from './ijw.js';

process.exitCode = await main(process.argv.slice(2));
