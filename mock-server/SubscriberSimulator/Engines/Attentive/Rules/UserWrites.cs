using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// What the user operations (identify, custom attributes and events, the v2 user calls) change,
/// staged on one unit of work: users, subscriptions and custom attribute names. The rules check
/// before they stage; the work's commit applies all of it or none.
/// </summary>
internal sealed class UserWrites(UnitOfWork<AttentiveCompany> work)
{
    public UnitOfWork<AttentiveCompany> Work { get; } = work;

    public AttentiveCompany Company => Work.Tenant;

    public StagedUsers Users { get; } = new(work);

    public StagedContacts Contacts { get; } = new(work);

    public StagedCustomAttributes CustomAttributes { get; } = new(work);
}
