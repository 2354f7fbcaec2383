using Microsoft.OpenApi;
using SubscriberSdk.Generator.Loading;
using SubscriberSdk.Generator.Output;
using SubscriberSdk.Generator.Tests.Support;

namespace SubscriberSdk.Generator.Tests.Specs;

/// <summary>Each openapi/*.json loads in Microsoft.OpenApi with no errors and no warnings, and the generator accepts it.</summary>
public sealed class OpenApiDocumentTests
{
    public static TheoryData<string> Specs => new(KnownClients.All.Select(c => c.SpecPath));

    [Theory]
    [MemberData(nameof(Specs))]
    public void SpecLoadsWithoutErrorsOrWarnings(string specPath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, specPath));
        var diagnostic = SpecLoader.Validate(bytes);

        Assert.True(diagnostic.Errors.Count == 0, string.Join("\n", diagnostic.Errors.Select(SpecLoader.Describe)));
        Assert.True(diagnostic.Warnings.Count == 0, string.Join("\n", diagnostic.Warnings.Select(SpecLoader.Describe)));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, diagnostic.SpecificationVersion);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void GeneratorAcceptsSpec(string specPath)
    {
        var document = SpecLoader.Load(Path.Combine(RepositoryPaths.Root, specPath), specPath);

        Assert.True(document.Root.TryGet("paths", out var paths) && paths.Members().Any(), $"{specPath} has no paths");
    }
}
