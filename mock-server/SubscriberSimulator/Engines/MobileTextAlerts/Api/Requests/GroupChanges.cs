using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// The group fields of <c>POST /v3/groups</c> and <c>PATCH /v3/groups/{groupId}</c>, read the same
/// way. A field left out is null and keeps the group's value; <c>displayName</c> and
/// <c>sortOrder</c> may be set to null, so they also say whether they were given. Only the fields
/// the simulator keeps are accepted: adaptive groups (<c>type</c>, <c>settings</c>) are outside it
/// and refused as unknown fields.
/// </summary>
internal sealed record GroupChanges
{
    private static readonly string[] Fields = ["name", "displayName", "description", "hidden", "sortOrder", "isTemporary", "keyword", "welcomeMessage"];

    public string? Name { get; init; }

    public bool DisplayNameGiven { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public bool? Hidden { get; init; }

    public bool SortOrderGiven { get; init; }

    public int? SortOrder { get; init; }

    public bool? IsTemporary { get; init; }

    public string? Keyword { get; init; }

    public string? WelcomeMessage { get; init; }

    public static GroupChanges FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body, Fields);
        return new GroupChanges
        {
            Name = JsonFields.OptionalText(body, "name"),
            DisplayNameGiven = body.TryGetProperty("displayName", out _),
            DisplayName = JsonFields.OptionalNullableText(body, "displayName"),
            Description = JsonFields.OptionalText(body, "description"),
            Hidden = JsonFields.OptionalFlagOrNull(body, "hidden"),
            SortOrderGiven = body.TryGetProperty("sortOrder", out _),
            SortOrder = JsonFields.OptionalNullableInt(body, "sortOrder"),
            IsTemporary = JsonFields.OptionalFlagOrNull(body, "isTemporary"),
            Keyword = JsonFields.OptionalText(body, "keyword"),
            WelcomeMessage = JsonFields.OptionalText(body, "welcomeMessage"),
        };
    }

    /// <summary>The group with the given fields changed; id and creation time stay.</summary>
    public MtaGroup ApplyTo(MtaGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group with
        {
            Name = Name ?? group.Name,
            DisplayName = DisplayNameGiven ? DisplayName : group.DisplayName,
            Description = Description ?? group.Description,
            Hidden = Hidden ?? group.Hidden,
            SortOrder = SortOrderGiven ? SortOrder : group.SortOrder,
            IsTemporary = IsTemporary ?? group.IsTemporary,
            Keyword = Keyword ?? group.Keyword,
            WelcomeMessage = WelcomeMessage ?? group.WelcomeMessage,
        };
    }
}
