using BenchmarkDotNet.Attributes;
using SubscriberSdk.Phones;

namespace Benchmarks.Phones;

/// <summary>
/// Phone numbers parsed and validated per second (goal: 1,000,000/s on one core for E.164 input).
/// Each invocation handles every number in the set; BenchmarkDotNet divides by the count.
/// Min is shown because the machine is shared: the fastest iteration is the least disturbed one.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class PhoneParsingBenchmarks
{
    // A mix of countries, shared country codes (+1, +7) and types, all valid.
    private static readonly string[] E164Numbers =
    [
        "+19148440001", "+442071838750", "+551155256325", "+447400123456",
        "+16045550123", "+78005553535", "+4915123456789", "+33612345678",
    ];

    private static readonly (string Text, string Region)[] NationalNumbers =
    [
        ("(914) 844-0001", "US"), ("020 7183 8750", "GB"), ("(11) 5525-6325", "BR"), ("07400 123456", "GB"),
        ("604-555-0123", "CA"), ("8 (800) 555-35-35", "RU"), ("0151 23456789", "DE"), ("06 12 34 56 78", "FR"),
    ];

    private PhoneNumber[] _parsed = [];

    [GlobalSetup]
    public void Setup()
    {
        _parsed = [.. E164Numbers.Select(n => PhoneNumbers.Parse(n))];
    }

    [Benchmark(OperationsPerInvoke = 8, Baseline = true)]
    public int ParseAndValidateE164()
    {
        var valid = 0;
        foreach (var text in E164Numbers)
        {
            if (PhoneNumbers.TryParse(text, null, out var number, out _) && number.IsValid)
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = 8)]
    public int ParseE164Strict()
    {
        var valid = 0;
        foreach (var text in E164Numbers)
        {
            if (PhoneNumbers.TryParseE164Strict(text, out _, out _))
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = 8)]
    public int ParseAndValidateNational()
    {
        var valid = 0;
        foreach (var (text, region) in NationalNumbers)
        {
            if (PhoneNumbers.TryParseValid(text, region, out _, out _))
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = 8)]
    public int FormatInternational()
    {
        var length = 0;
        foreach (var number in _parsed)
        {
            length += number.Format(PhoneNumberFormat.International).Length;
        }

        return length;
    }
}
