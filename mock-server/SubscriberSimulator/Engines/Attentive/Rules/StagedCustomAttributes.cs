using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// The custom attribute names one request creates, staged on its unit of work, so a later record
/// of a bulk job counts them (the v2 limit of names per company) and finds their type.
/// </summary>
internal sealed class StagedCustomAttributes
{
    private readonly Dictionary<string, CustomAttributeDefinition> _stored;
    private readonly Dictionary<string, CustomAttributeDefinition> _created = new(StringComparer.Ordinal);

    public StagedCustomAttributes(UnitOfWork<AttentiveCompany> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _stored = work.Tenant.CustomAttributes;
        work.OnCommit(() =>
        {
            foreach (var (name, definition) in _created)
            {
                _stored[name] = definition;
            }
        });
    }

    /// <summary>How many names the company has with this request's new ones.</summary>
    public int Count => _stored.Count + _created.Count;

    public CustomAttributeDefinition? Find(string name) => _stored.GetValueOrDefault(name) ?? _created.GetValueOrDefault(name);

    public void Create(CustomAttributeDefinition definition) => _created[definition.Name] = definition;
}
