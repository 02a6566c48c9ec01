using BenchmarkDotNet.Running;
using RunnersKnee.Benchmarks;

// `dotnet run -c Release -- --filter '*'` runs everything; bench/run.sh passes a short job.
BenchmarkSwitcher.FromAssembly(typeof(BotHost).Assembly).Run(args);
