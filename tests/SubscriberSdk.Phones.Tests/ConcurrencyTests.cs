namespace SubscriberSdk.Phones.Tests;

/// <summary>The metadata's regexes are built lazily and swapped for compiled ones while threads use them.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Parallel_parsing_gives_the_same_answers_as_sequential_parsing()
    {
        var vectors = LibphonenumberJsVectors.All.ToArray();
        var expected = vectors.Select(v => (v.E164, v.ExpectedType)).ToHashSet();
        var rounds = Enumerable.Range(0, 8);

        var results = rounds.AsParallel()
            .SelectMany(_ => vectors.Select(v => PhoneNumbers.Parse(v.E164)).Select(n => (n.E164, n.Type)).ToArray())
            .ToArray();

        Assert.Equal(vectors.Length * 8, results.Length);
        var unexpected = results.Count(result => !expected.Contains(result));
        Assert.Equal(0, unexpected);
    }
}
