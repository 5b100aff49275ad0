using BenchmarkDotNet.Running;

// Pick benchmarks with --filter (e.g. --filter '*Parsing*'); --list flat shows them all.
BenchmarkSwitcher.FromAssembly(typeof(TextMiner.Microbench.Samples).Assembly).Run(args);
