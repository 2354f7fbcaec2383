using BenchmarkDotNet.Attributes;
using SubscriberSdk.Phones.Internal;

namespace Benchmarks.Phones;

/// <summary>
/// Cost of loading the embedded metadata (goal: under 5 MB in memory). "Allocated" is everything
/// the load allocates, temporary JSON included; the retained size is printed by the global setup.
/// </summary>
[MemoryDiagnoser]
public class PhoneMetadataBenchmarks
{
    [GlobalSetup]
    public void ReportRetainedSize()
    {
        // A first load brings in the JSON, Brotli and regex code and their statics; measure the second.
        GC.KeepAlive(PhoneMetadataLoader.LoadEmbedded());
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var metadata = PhoneMetadataLoader.LoadEmbedded();
        var loaded = GC.GetTotalMemory(forceFullCollection: true);

        // Every regex built (interpreted), as after a process has seen numbers from every country.
        var patterns = 0;
        foreach (var territory in metadata.Territories)
        {
            foreach (var type in territory.Types)
            {
                if (type is not null)
                {
                    type.Pattern.IsMatch("0");
                    patterns++;
                }
            }

            territory.GeneralPattern.IsMatch("0");
            patterns++;
        }

        var withRegexes = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(metadata);
        Console.WriteLine($"// PhoneMetadata retained after load: {(loaded - before) / 1024.0:F0} KiB");
        Console.WriteLine($"// PhoneMetadata retained with {patterns} general/type regexes built: {(withRegexes - before) / 1024.0:F0} KiB");
    }

    [Benchmark]
    public int LoadMetadata() => PhoneMetadataLoader.LoadEmbedded().Territories.Count;
}
