using Microsoft.AspNetCore.Routing.Constraints;
using SubscriberSimulator.Admin;
using SubscriberSimulator.Control;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Core.Journal;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.State;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Hosting;

/// <summary>Builds the one ASP.NET Core app that all three hosting modes serve.</summary>
internal static class SimulatorApplication
{
    // Compiled specs are immutable, so one validator serves every instance in the process.
    private static readonly Lazy<SpecValidator> SharedValidator = new(() => new SpecValidator());

    public static WebApplication Build(SimulatorOptions options, HostingMode mode, Action<WebApplicationBuilder> configureHost)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Logging.ClearProviders();
        if (options.ConfigureLogging is not null)
        {
            options.ConfigureLogging(builder.Logging);
        }

        // The slim builder leaves out the regex route constraint; engines may use it.
        builder.Services.Configure<RouteOptions>(routes => routes.SetParameterPolicy<RegexInlineRouteConstraint>("regex"));
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        AddCoreServices(builder.Services, options, mode);
        if (options.IncludeBuiltInEngines)
        {
            BuiltInEngines.Register(builder.Services);
        }

        options.ConfigureServices?.Invoke(builder.Services);
        configureHost(builder);

        var app = builder.Build();
        app.UseMiddleware<JournalMiddleware>();
        app.UseMiddleware<ErrorBoundaryMiddleware>();
        app.UseMiddleware<AdminTokenMiddleware>();
        app.UseRouting();
        app.UseMiddleware<StubMiddleware>();
        app.UseMiddleware<EngineMiddleware>();
        app.UseMiddleware<ProviderRoutingMiddleware>();

        AdminEndpoints.Map(app.MapGroup("/__admin"));
        ControlEndpoints.Map(app.MapGroup("/__sim"));
        foreach (var engine in app.Services.GetRequiredService<EngineDirectory>().All)
        {
            // TRANSITIONAL (issue 13): engines not yet on the kit are ASP.NET Core endpoints.
            if (engine is IProviderEngine legacy)
            {
                legacy.MapEndpoints(app.MapGroup(engine.PathPrefix));
                legacy.MapControlEndpoints(app.MapGroup("/__sim/" + engine.Id));
            }
        }

        return app;
    }

    /// <summary>Every participant of the state file: the engines, then the core's own stores.</summary>
    public static IReadOnlyList<IStateParticipant> StateParticipants(IServiceProvider services)
    {
        var participants = new List<IStateParticipant>(services.GetRequiredService<EngineDirectory>().All);
        participants.AddRange(services.GetServices<IStateParticipant>());
        return participants;
    }

    private static void AddCoreServices(IServiceCollection services, SimulatorOptions options, HostingMode mode)
    {
        services.AddSingleton(options);
        services.AddSingleton(new HostingInfo(mode));
        services.AddSingleton(options.Clock);
        services.AddSingleton<TimeProvider>(options.Clock);
        services.AddSingleton<Core.Outbox.Outbox>();
        services.AddSingleton<IStateParticipant>(provider => provider.GetRequiredService<Core.Outbox.Outbox>());
        services.AddSingleton<RateLimiter>();
        services.AddSingleton(SharedValidator.Value);
        services.AddSingleton<RequestBodyReader>();
        services.AddSingleton<EngineServices>();
        services.AddSingleton<RequestJournal>();
        services.AddSingleton<StubStore>();
        services.AddSingleton<IStateParticipant>(provider => provider.GetRequiredService<StubStore>());
        services.AddSingleton<EngineDirectory>();
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<SimulatorResetter>();
    }
}
