namespace SubscriberSdk.Generator.Output;

/// <summary>What to generate from one OpenAPI document, and where.</summary>
/// <param name="Key">Short name used in the lock file ("essential").</param>
/// <param name="SpecPath">Path of the document relative to the repository root, with '/' separators.</param>
/// <param name="Namespace">Root namespace of the generated client.</param>
/// <param name="ClassName">Name of the root client class.</param>
/// <param name="OutputPath">Output folder relative to the repository root, with '/' separators.</param>
internal sealed record ClientDefinition(string Key, string SpecPath, string Namespace, string ClassName, string OutputPath)
{
    public static ClientDefinition ForProvider(string key, string provider) => new(
        key,
        $"openapi/{key}.json",
        $"SubscriberSdk.{provider}.Api",
        $"{provider}ApiClient",
        $"src/SubscriberSdk/Generated/{provider}");
}
