using System.Text.Json;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>A subscriber group.</summary>
public sealed class MobileTextAlertsGroup
{
    /// <summary>When the group was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Name shown on the sign-up page.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Hidden from the sign-up page.</summary>
    public bool? Hidden { get; init; }

    /// <summary>Group ID.</summary>
    public long Id { get; init; }

    /// <summary>Deleted at midnight of the day after creation.</summary>
    public bool? IsTemporary { get; init; }

    /// <summary>Join keyword.</summary>
    public string? Keyword { get; init; }

    /// <summary>Group name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Order on the sign-up page.</summary>
    public int? SortOrder { get; init; }

    /// <summary>Group kind; groups created through this document are <c>static</c>.</summary>
    public MobileTextAlertsGroupType? Type { get; init; }

    /// <summary>Keyword-join welcome text.</summary>
    public string? WelcomeMessage { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
