namespace SubscriberSimulator.Engines.MobileTextAlerts.Model;

/// <summary>One group a subscriber belongs to and when it joined (UTC ticks keep the struct small).</summary>
public readonly record struct MtaGroupMembership(int GroupId, long AddedAtUtcTicks)
{
    public DateTimeOffset AddedAt => new(AddedAtUtcTicks, TimeSpan.Zero);
}
