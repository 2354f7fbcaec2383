using System.Text.Json;
using SubscriberSimulator.Engines.MobileTextAlerts.Model;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary>
/// <c>POST /v3/groups</c>: a static group, read (as <see cref="GroupChanges"/>, with a required
/// name) into a draft whose id and creation time the rule assigns.
/// </summary>
internal static class CreateGroupCommand
{
    public static MtaGroup FromJson(JsonElement body)
    {
        var fields = GroupChanges.FromJson(body);
        return fields.ApplyTo(new MtaGroup { Id = 0, Name = JsonFields.RequiredText(body, "name"), CreatedAt = default });
    }
}
