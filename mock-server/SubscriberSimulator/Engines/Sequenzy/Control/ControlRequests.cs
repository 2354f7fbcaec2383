namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>The control bodies as the options of the C# API, so both go through the same rules.</summary>
internal static class ControlRequests
{
    public static SequenzyWorkspaceOptions Options(CreateWorkspaceRequest body)
    {
        var options = new SequenzyWorkspaceOptions { Id = body.Id, ApiKey = body.ApiKey, DoubleOptIn = body.DoubleOptIn ?? false };
        foreach (var scope in body.Scopes ?? [])
        {
            options.Scopes.Add(scope);
        }

        foreach (var list in body.Lists ?? [])
        {
            options.Lists.Add(Options(list));
        }

        foreach (var listId in body.DefaultListIds ?? [])
        {
            options.DefaultListIds.Add(listId);
        }

        return options;
    }

    public static SequenzySequenceOptions Options(AddSequenceRequest body)
    {
        var options = new SequenzySequenceOptions
        {
            Id = body.Id,
            Name = body.Name ?? string.Empty,
            Enabled = body.Enabled ?? true,
            EnrollmentPaused = body.EnrollmentPaused ?? false,
            TriggerEvent = body.TriggerEvent,
            TriggerTag = body.TriggerTag,
        };
        foreach (var tag in body.StopTags ?? [])
        {
            options.StopTags.Add(tag);
        }

        foreach (var step in body.Steps ?? [])
        {
            options.Steps.Add(new SequenzySequenceStepOptions { Id = step.Id, Type = step.Type ?? "action_email", Label = step.Label, DelayMinutes = step.DelayMinutes });
        }

        return options;
    }

    public static SequenzyListOptions Options(AddListRequest list) =>
        new() { Id = list.Id, Name = list.Name ?? string.Empty, Description = list.Description, IsPrivate = list.IsPrivate ?? false };
}
