// Placeholder entry point; benchmarks are added by the benchmarks issue.
return 0;
