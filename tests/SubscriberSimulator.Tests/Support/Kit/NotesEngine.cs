using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Engines;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>
/// A minimal engine on the kit, shaped like the real ones: dialect, routes, controls and state
/// put together by <see cref="EngineKit{TTenant}"/> and served by <see cref="KitEngine"/>.
/// </summary>
public sealed class NotesEngine : KitEngine
{
    public const string EngineId = "notes";

    private static readonly NotesDialect Dialect = new();

    public NotesEngine(EngineServices services)
        : this(services, new TenantStore<Notebook>(Dialect, services))
    {
    }

    private NotesEngine(EngineServices services, TenantStore<Notebook> notebooks)
        : base(new EngineKit<Notebook>("/notes-api", Dialect, notebooks, new NotesApi(), new NotesControls(), new NotesState(), services))
    {
        Notebooks = notebooks;
    }

    internal TenantStore<Notebook> Notebooks { get; }

    public const string DemoToken = "demo-token";

    /// <summary>The demo notebook "demo" (token <see cref="DemoToken"/>) with one note, "hello"; once.</summary>
    public override IReadOnlyList<string> SeedDemo()
    {
        if (Notebooks.FindByCredential(DemoToken) is null)
        {
            var demo = new Notebook("demo");
            demo.Notes["hello"] = "world";
            Notebooks.Add(demo, DemoToken);
        }

        return ["token: " + DemoToken];
    }
}
