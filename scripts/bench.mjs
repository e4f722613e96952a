// npm run bench: speed figures, measured in one run on this machine (shared and noisy, so only
// medians and ratios from the same run mean anything). Not a test: it prints, it does not judge,
// except that it marks each goal as met or missed. One typed module per benchmark, in
// scripts/bench/ (see README, "Benchmarks (npm run bench)"); this file only loads them.
import { runnerImport } from 'vite';

// Vite's module runner sets NODE_ENV to "development" as it loads the modules; it is put back,
// or every build the benchmarks spawn would bundle React's development build.
const before = process.env.NODE_ENV;
const { module } = await runnerImport('./scripts/bench/main.ts');
if (before === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = before;
await module.main(process.argv.slice(2));
