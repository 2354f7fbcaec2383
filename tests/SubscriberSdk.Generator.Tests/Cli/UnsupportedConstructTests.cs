using System.Text.Json.Nodes;
using SubscriberSdk.Generator.Cli;
using SubscriberSdk.Generator.Tests.Support;

namespace SubscriberSdk.Generator.Tests.Cli;

/// <summary>Every construct outside the spec conventions is rejected with its JSON pointer, and nothing is written.</summary>
public sealed class UnsupportedConstructTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "/components/schemas/FieldError/properties/field", "not", "#/components/schemas/FieldError/properties/field/not" },
        { "/components/schemas/FieldError", "xml", "#/components/schemas/FieldError/xml" },
        { "/components/schemas/NewPet/properties/attributes", "patternProperties", "#/components/schemas/NewPet/properties/attributes/patternProperties" },
        { "/paths/~1v1~1pets/post", "callbacks", "#/paths/~1v1~1pets/post/callbacks" },
        { "/paths/~1v1~1pets/post/responses/201", "links", "#/paths/~1v1~1pets/post/responses/201/links" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ConstructIsRejectedWithItsPointer(string ownerPointer, string keyword, string expectedPointer)
    {
        using var scratch = new TempDirectory();
        var document = JsonNode.Parse(File.ReadAllText(KitchenSinkFixture.SpecPath))!;
        var owner = Navigate(document, ownerPointer);
        owner[keyword] = new JsonObject { ["type"] = "string" };
        var specPath = scratch.Combine("variant.json");
        File.WriteAllText(specPath, document.ToJsonString());
        var output = scratch.Combine("out");

        var run = GeneratorRun.Execute(KitchenSinkFixture.Arguments(output, specPath));

        Assert.Equal(GeneratorApp.Failure, run.ExitCode);
        Assert.Contains($"variant.json: {expectedPointer}: {keyword}:", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void NonJsonMediaTypeIsRejected()
    {
        using var scratch = new TempDirectory();
        var document = JsonNode.Parse(File.ReadAllText(KitchenSinkFixture.SpecPath))!;
        var content = Navigate(document, "/paths/~1v1~1pets/post/requestBody/content").AsObject();
        content["application/xml"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } };
        var specPath = scratch.Combine("variant.json");
        File.WriteAllText(specPath, document.ToJsonString());

        var run = GeneratorRun.Execute(KitchenSinkFixture.Arguments(scratch.Combine("out"), specPath));

        Assert.Equal(GeneratorApp.Failure, run.ExitCode);
        Assert.Contains("#/paths/~1v1~1pets/post/requestBody/content/application~1xml: media type 'application/xml'", run.Error, StringComparison.Ordinal);
    }

    private static JsonNode Navigate(JsonNode root, string pointer)
    {
        var current = root;
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current[token.Replace("~1", "/", StringComparison.Ordinal)]!;
        }

        return current;
    }
}
