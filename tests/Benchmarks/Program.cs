using BenchmarkDotNet.Running;
using Benchmarks.Load;

namespace Benchmarks;

/// <summary>
/// Two modes. BenchmarkDotNet classes, picked with the usual arguments, e.g.
/// <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*Phone*' --job short</c>;
/// or the load driver, e.g. <c>dotnet run -c Release --project tests/Benchmarks -- load essential --seconds 10 --connections 64</c>.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && string.Equals(args[0], "load", StringComparison.OrdinalIgnoreCase))
        {
            return await LoadCommand.RunAsync(args[1..]).ConfigureAwait(false);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
