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

    public static SequenzyListOptions Options(AddListRequest list) =>
        new() { Id = list.Id, Name = list.Name ?? string.Empty, Description = list.Description, IsPrivate = list.IsPrivate ?? false };
}
