using System.Globalization;

namespace Contract.Tests.Fuzz;

/// <summary>Seed and size of the fuzz, from FUZZ_SEED and FUZZ_CASES (cases per operation).</summary>
internal static class FuzzSettings
{
    public const int DefaultSeed = 20261121;

    // Keeps the whole fuzz (four providers, about 45 operations) well under a minute on 2 cores.
    public const int DefaultCasesPerOperation = 40;

    public static int Seed => Read("FUZZ_SEED", DefaultSeed);

    public static int CasesPerOperation => Math.Max(2, Read("FUZZ_CASES", DefaultCasesPerOperation));

    private static int Read(string name, int fallback)
    {
        var value = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"{name} must be an integer.");
    }
}
