using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// <c>POST /v3/groups</c>: a static group, read into a draft whose id and creation time the rule
/// assigns. Only the fields the simulator keeps are accepted; adaptive groups (<c>type</c>,
/// <c>settings</c>) are outside it and refused as unknown fields.
/// </summary>
internal static class CreateGroupCommand
{
    public static MtaGroup FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body, "name", "displayName", "description", "hidden", "sortOrder", "isTemporary", "keyword", "welcomeMessage");
        return new MtaGroup
        {
            Id = 0,
            Name = JsonFields.RequiredText(body, "name"),
            DisplayName = JsonFields.OptionalNullableText(body, "displayName"),
            Description = JsonFields.OptionalText(body, "description"),
            Hidden = JsonFields.OptionalFlag(body, "hidden"),
            SortOrder = JsonFields.OptionalNullableInt(body, "sortOrder"),
            IsTemporary = JsonFields.OptionalFlag(body, "isTemporary"),
            Keyword = JsonFields.OptionalText(body, "keyword"),
            WelcomeMessage = JsonFields.OptionalText(body, "welcomeMessage"),
            CreatedAt = default,
        };
    }
}
