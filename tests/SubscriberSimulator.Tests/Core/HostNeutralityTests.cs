using SubscriberSdk.TestSupport.Repository;

namespace SubscriberSimulator.Tests.Core;

/// <summary>
/// The engine kit and the engines built on it never touch a host's types, so the same engine
/// serves ASP.NET Core today and WireMock.Net tomorrow. Comments may name host types; code may not.
/// </summary>
public sealed class HostNeutralityTests
{
    private static readonly string[] KitSources =
    [
        "Core/Requests", "Core/Routing", "Core/Pipeline", "Core/Tenants", "Core/Work", "Core/Control", "Core/State",
        "Core/EngineKit.cs", "Core/IEngineKit.cs", "Core/EngineServices.cs", "Engines/ISimulatorEngine.cs", "Engines/KitEngine.cs",
        "Engines/Essential", "Engines/Attentive", "Engines/MobileTextAlerts", "Engines/Sequenzy",
    ];

    private static readonly string[] HostTypes =
    [
        "Microsoft.AspNetCore", "HttpContext", "HttpRequest", "HttpResponse", "IQueryCollection", "IHeaderDictionary",
        "IEndpointRouteBuilder", "StatusCodes.", "RequestDelegate", "WireMock",
    ];

    [Fact]
    public void Kit_and_kit_engines_use_no_host_types()
    {
        var offences = new List<string>();
        foreach (var file in KitSources.SelectMany(SourceFiles))
        {
            var code = File.ReadLines(file).Select(line => line.Trim()).Where(line => !line.StartsWith("//", StringComparison.Ordinal));
            offences.AddRange(code.SelectMany(line => HostTypes.Where(type => line.Contains(type, StringComparison.Ordinal)))
                .Select(type => $"{Path.GetFileName(file)}: {type}"));
        }

        Assert.Empty(offences);
    }

    private static IEnumerable<string> SourceFiles(string relative)
    {
        var path = Path.Combine(SimulatorSource(), relative);
        return File.Exists(path) ? [path] : Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories);
    }

    private static string SimulatorSource() => RepositoryPaths.File(Path.Combine("mock-server", "SubscriberSimulator"));
}
