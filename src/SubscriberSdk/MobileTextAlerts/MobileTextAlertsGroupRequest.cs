namespace SubscriberSdk.MobileTextAlerts;

/// <summary>A new Mobile Text Alerts group. Only <see cref="Name"/> is required.</summary>
public sealed class MobileTextAlertsGroupRequest
{
    /// <summary>The group's name. Required.</summary>
    public required string Name { get; init; }

    /// <summary>The name subscribers see.</summary>
    public string? DisplayName { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>Hide the group from sign-up forms.</summary>
    public bool? Hidden { get; init; }

    /// <summary>Position among the account's groups.</summary>
    public int? SortOrder { get; init; }

    /// <summary>Whether the group is temporary.</summary>
    public bool? IsTemporary { get; init; }

    /// <summary>The keyword that joins the group by text.</summary>
    public string? Keyword { get; init; }

    /// <summary>The text sent to a new member.</summary>
    public string? WelcomeMessage { get; init; }
}
