using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Tests.Support.Kit;

/// <summary>The test engine's tenant: a notebook of notes by key.</summary>
internal sealed class Notebook(string id) : Tenant(id)
{
    public Dictionary<string, string> Notes { get; } = new(StringComparer.Ordinal);

    /// <summary>The test engine's "subscribers" are its notes.</summary>
    public override int SubscriberCount => Notes.Count;
}
