using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api;

/// <summary>/api/v1/tags (list, create) and /api/v1/tags/{tagId} (recolour, delete).</summary>
internal static class TagDefinitionHandlers
{
    public static ProviderResponse List(ProviderCall<SequenzyWorkspace> call)
    {
        lock (call.Tenant.Gate)
        {
            return SequenzyJson.Ok(TagDefinitionRules.List(call.Tenant), static (writer, tags) =>
            {
                writer.WriteStartArray("tags");
                foreach (var tag in tags)
                {
                    WriteFields(writer, tag);
                }

                writer.WriteEndArray();
            });
        }
    }

    public static ProviderResponse Create(ProviderCall<SequenzyWorkspace> call)
    {
        var command = TagDefinitionCommand.Create(call.Body);
        using var work = call.BeginWork();
        var tag = TagDefinitionRules.Create(new WorkspaceChanges(work, call.Credential), command.Name, command.Color);
        work.Commit();
        return Answer(tag);
    }

    public static ProviderResponse Update(ProviderCall<SequenzyWorkspace> call)
    {
        var color = TagDefinitionCommand.Update(call.Body);
        using var work = call.BeginWork();
        var tag = TagDefinitionRules.Recolor(new WorkspaceChanges(work, call.Credential), call.Route["tagId"], color);
        work.Commit();
        return Answer(tag);
    }

    public static ProviderResponse Delete(ProviderCall<SequenzyWorkspace> call)
    {
        using var work = call.BeginWork();
        TagDefinitionRules.Delete(new WorkspaceChanges(work, call.Credential), call.Route["tagId"]);
        work.Commit();
        return SequenzyJson.Ok(0, static (_, _) => { });
    }

    private static ProviderResponse Answer(TagDefinition tag) =>
        SequenzyJson.Ok(tag, static (writer, tag) =>
        {
            writer.WritePropertyName("tag");
            WriteFields(writer, tag);
        });

    private static void WriteFields(Utf8JsonWriter writer, TagDefinition tag)
    {
        writer.WriteStartObject();
        writer.WriteString("id", tag.Id);
        writer.WriteString("name", tag.Name);
        writer.WriteString("color", tag.Color);
        writer.WriteBoolean("isSystem", tag.IsSystem);
        writer.WriteEndObject();
    }
}
