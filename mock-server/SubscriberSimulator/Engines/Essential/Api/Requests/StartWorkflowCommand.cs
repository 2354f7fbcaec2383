using System.Text.Json;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>The body of the workflow-start endpoint: the workflow SID and its kwargs (raw JSON).</summary>
internal sealed class StartWorkflowCommand
{
    public required string WorkflowSid { get; init; }

    public string? KwargsJson { get; init; }

    public static StartWorkflowCommand FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body);
        string? sid = null, kwargs = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "sid": sid = JsonFields.OptionalString(property); break;
                case "kwargs": kwargs = JsonFields.OptionalObject(property)?.GetRawText(); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return new StartWorkflowCommand { WorkflowSid = JsonFields.Required(sid, "sid"), KwargsJson = kwargs };
    }
}
