using System.Text.Json;

namespace SubscriberSdk.Phones.Tests;

/// <summary>Loads the test vectors the refresh script computed with libphonenumber-js.</summary>
public static class LibphonenumberJsVectors
{
    private static readonly Lazy<(string Source, IReadOnlyDictionary<string, LibphonenumberJsVector> ById)> Loaded = new(Load);

    public static string Source => Loaded.Value.Source;

    public static IReadOnlyCollection<LibphonenumberJsVector> All => (IReadOnlyCollection<LibphonenumberJsVector>)Loaded.Value.ById.Values;

    public static LibphonenumberJsVector Get(string id) => Loaded.Value.ById[id];

    /// <summary>Vector ids as xunit theory data (strings, so every vector is its own test case).</summary>
    public static TheoryData<string> Ids(Func<LibphonenumberJsVector, bool>? where = null)
    {
        var data = new TheoryData<string>();
        foreach (var vector in All.Where(where ?? (_ => true)))
        {
            data.Add(vector.Id);
        }

        return data;
    }

    private static (string, IReadOnlyDictionary<string, LibphonenumberJsVector>) Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "libphonenumber-js-vectors.json");
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var vectors = document.RootElement.GetProperty("vectors").Deserialize<List<LibphonenumberJsVector>>(options)!;
        var byId = new Dictionary<string, LibphonenumberJsVector>();
        foreach (var vector in vectors)
        {
            byId.TryAdd(vector.Id, vector);
        }

        return (document.RootElement.GetProperty("source").GetString()!, byId);
    }
}
