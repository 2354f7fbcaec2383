using System.Security.Cryptography;
using System.Text;
using SubscriberSimulator.Core.Routing;
using SubscriberSimulator.Engines;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SubscriberSimulator.Hosting.Mappings;

/// <summary>
/// Every provider route as a WireMock.Net mapping answered by its engine, plus one catch-all per
/// engine prefix through which the engine answers its own 404 and 405. They sit at priorities below
/// any a user gives (WireMock.Net's default is 0; lower numbers win), so a user's mapping on the same
/// request overrides them. Their ids are derived from the route, so re-registering them after a
/// mappings reset puts back the same mappings.
/// </summary>
internal sealed class ProviderMappings
{
    /// <summary>Routes of one engine take consecutive priorities from here, most specific first.</summary>
    public const int RoutePriority = 1_000_000_000;

    /// <summary>The catch-alls: after every route.</summary>
    public const int NoRoutePriority = 1_100_000_000;

    private readonly Registration[] _registrations;

    public ProviderMappings(IReadOnlyList<ISimulatorEngine> engines, EngineAnswers answers)
    {
        var registrations = new List<Registration>();
        foreach (var engine in engines)
        {
            var answer = answers.By(engine);
            var routes = engine.Routes.OrderBy(route => route.Template, Comparer<RouteTemplate>.Create((a, b) => a.CompareSpecificity(b))).ToArray();
            for (var i = 0; i < routes.Length; i++)
            {
                var (method, template) = (routes[i].Method, engine.PathPrefix + routes[i].Template.Text);
                registrations.Add(new Registration(
                    IdOf(engine.Id + " " + method + " " + template),
                    $"{engine.Id}: {method} {template} (answered by the engine)",
                    RoutePriority + i,
                    () => Request.Create().UsingMethod(method).WithPath(new RouteTemplateMatcher(template)),
                    answer));
            }

            registrations.Add(new Registration(
                IdOf(engine.Id + " * " + engine.PathPrefix),
                $"{engine.Id}: anything else under {engine.PathPrefix} (the engine answers 404 or 405)",
                NoRoutePriority,
                () => Request.Create().UsingAnyMethod().WithPath(new PathPrefixMatcher(engine.PathPrefix)),
                answer));
        }

        _registrations = [.. registrations];
        Ids = _registrations.Select(registration => registration.Id).ToHashSet();
    }

    /// <summary>The ids of every provider mapping, to tell them from users' mappings.</summary>
    public IReadOnlySet<Guid> Ids { get; }

    /// <summary>Adds every provider mapping, or puts it back as it was (same id) when it is there.</summary>
    public void Register(WireMockServer server)
    {
        foreach (var registration in _registrations)
        {
            server.Given(registration.Request())
                .WithGuid(registration.Id)
                .WithTitle(registration.Title)
                .AtPriority(registration.Priority)
                .RespondWith(Response.Create().WithCallback(registration.Answer));
        }
    }

    /// <summary>A stable id for a route: the same route gets the same mapping id on every start.</summary>
    private static Guid IdOf(string route) => new(SHA256.HashData(Encoding.UTF8.GetBytes("subscriber-simulator " + route)).AsSpan(0, 16));

    private sealed record Registration(Guid Id, string Title, int Priority, Func<IRequestBuilder> Request, Func<WireMock.IRequestMessage, Task<WireMock.IResponseMessage>> Answer);
}
