using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines.Sequenzy.Domain;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>The engine's shared collaborators: the clock, id counters, the outbox and the rule sets.</summary>
internal sealed class SequenzyRuntime
{
    public SequenzyRuntime(SimulatorClock clock, Outbox outbox)
    {
        Clock = clock;
        Outbox = outbox;
        Upserts = new UpsertRules(outbox);
        Tags = new TagRules(Upserts);
        Imports = new ImportRules(Upserts);
    }

    public SimulatorClock Clock { get; }

    public Outbox Outbox { get; }

    public SequenzyIds Ids { get; } = new();

    public UpsertRules Upserts { get; }

    public TagRules Tags { get; }

    public ImportRules Imports { get; }

    /// <summary>A transaction at the current simulated time; call under the workspace's lock.</summary>
    public WorkspaceTransaction Begin(SequenzyWorkspace workspace) => new(workspace, Ids, Outbox, Clock.GetUtcNow());
}
