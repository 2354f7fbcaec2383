namespace SubscriberSdk.MobileTextAlerts;

/// <summary>Changes to a Mobile Text Alerts group: a property left null keeps the group's value.</summary>
public sealed class MobileTextAlertsGroupUpdate
{
    /// <summary>A new name (not empty).</summary>
    public string? Name { get; init; }

    /// <summary>The name subscribers see.</summary>
    public string? DisplayName { get; init; }

    /// <summary>A description.</summary>
    public string? Description { get; init; }

    /// <summary>Hide the group from sign-up forms.</summary>
    public bool? Hidden { get; init; }

    /// <summary>Position among the account's groups on the sign-up page.</summary>
    public int? SortOrder { get; init; }

    /// <summary>Whether the group is temporary (deleted at midnight of the day after creation).</summary>
    public bool? IsTemporary { get; init; }

    /// <summary>The keyword that joins the group by text.</summary>
    public string? Keyword { get; init; }

    /// <summary>The text sent to people who join by keyword.</summary>
    public string? WelcomeMessage { get; init; }
}
