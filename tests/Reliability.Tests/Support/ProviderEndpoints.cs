using System.Text.Json;
using System.Text.RegularExpressions;
using SubscriberSdk.TestSupport.Repository;

namespace Reliability.Tests.Support;

/// <summary>
/// Every operation in openapi/*.json, so a new endpoint is covered by the credential checks without
/// anyone remembering to add it. Path parameters get plausible dummy values.
/// </summary>
internal static partial class ProviderEndpoints
{
    private static readonly (string File, string Provider, string Prefix)[] Documents =
    [
        ("essential.json", "essential", "essential"),
        ("sequenzy.json", "sequenzy", "sequenzy"),
        ("attentive.json", "attentive", "attentive"),
        ("mobile-text-alerts.json", "mta", "mta"),
    ];

    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static IReadOnlyList<ProviderEndpoint> All { get; } = Load();

    private static List<ProviderEndpoint> Load()
    {
        var endpoints = new List<ProviderEndpoint>();
        foreach (var (file, provider, prefix) in Documents)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.OpenApi(file)));
            foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
            {
                var concrete = PathParameter().Replace(path.Name, "x123");
                foreach (var operation in path.Value.EnumerateObject().Where(operation => Methods.Contains(operation.Name)))
                {
                    endpoints.Add(new ProviderEndpoint(provider, operation.Name.ToUpperInvariant(), prefix + concrete));
                }
            }
        }

        return endpoints;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
