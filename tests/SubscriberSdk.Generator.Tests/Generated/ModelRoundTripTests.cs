using System.Text.Json.Nodes;
using SubscriberSdk.Generator.Tests.Support;

namespace SubscriberSdk.Generator.Tests.Generated;

/// <summary>Every spec example survives deserialize (Kiota JSON parse node) -> serialize with the generated models.</summary>
public sealed class ModelRoundTripTests
{
    public static TheoryData<string> Clients => ClientUnderTest.Keys;

    [Theory]
    [MemberData(nameof(Clients))]
    public void EveryExampleRoundTripsThroughTheGeneratedModel(string key)
    {
        var client = ClientUnderTest.Load(key);
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var example in SpecExamples.All(client.Spec))
        {
            if (ModelFor(client, example.Schema) is not { } target)
            {
                continue;
            }

            checkedCount++;
            try
            {
                var model = KiotaJson.Deserialize(target.Type, example.Example.ToJsonString(), target.IsCollection);
                if (JsonEquivalence.FindDifference(example.Example, KiotaJson.Serialize(model)) is { } difference)
                {
                    failures.Add($"{example.Location}: {difference}");
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Reflection.TargetInvocationException or FormatException)
            {
                failures.Add($"{example.Location}: {ex.GetBaseException().Message}");
            }
        }

        Assert.True(checkedCount > 0, $"{key}: no example maps to a generated model");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static (Type Type, bool IsCollection)? ModelFor(ClientUnderTest client, JsonNode schema)
    {
        var isCollection = false;
        var name = SpecReader.SchemaName(schema);
        if (name is null && schema["type"]?.GetValue<string>() == "array")
        {
            name = SpecReader.SchemaName(schema["items"]);
            isCollection = true;
        }

        if (name is null || !client.Generated.Model.SchemaTypes.TryGetValue(name, out var typeName))
        {
            return null;
        }

        if (typeName.StartsWith("List<", StringComparison.Ordinal))
        {
            typeName = typeName[5..^1];
            isCollection = true;
        }

        if (!typeName.StartsWith("global::", StringComparison.Ordinal) || client.Generated.Model.Enums.Any(e => e.FullName == typeName))
        {
            return null;
        }

        return (client.TypeOf(typeName), isCollection);
    }
}
