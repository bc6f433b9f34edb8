#!/usr/bin/env node
import { main } from './ijw.js';

process.exitCode = main(process.argv.slice(2));
