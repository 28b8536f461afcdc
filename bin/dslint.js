#!/usr/bin/env node
import { main } from "../dist/dslint.js";

process.exitCode = await main(process.argv.slice(2));
