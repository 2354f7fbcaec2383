namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>
/// The demo workspace for <c>--seed demo</c>, with fixed ids so the README's curl examples work:
/// one key with every scope, the default list "Newsletter" and a second list, double opt-in off.
/// </summary>
internal static class SequenzyDemoSeed
{
    public static IReadOnlyList<string> Seed(SequenzyEngine engine)
    {
        if (!engine.HasWorkspace(SequenzyEngine.DemoWorkspaceId))
        {
            var options = new SequenzyWorkspaceOptions { Id = SequenzyEngine.DemoWorkspaceId, ApiKey = SequenzyEngine.DemoApiKey };
            options.Lists.Add(new SequenzyListOptions { Id = SequenzyEngine.DemoListId, Name = "Newsletter", Description = "Monthly product news" });
            options.Lists.Add(new SequenzyListOptions { Id = "list_beta", Name = "Beta testers" });
            options.DefaultListIds.Add(SequenzyEngine.DemoListId);
            engine.CreateWorkspace(options);
        }

        return
        [
            $"base path {SequenzyEngine.Prefix}/api/v1, header 'Authorization: Bearer {SequenzyEngine.DemoApiKey}' (workspace {SequenzyEngine.DemoWorkspaceId}, double opt-in off)",
            $"lists {SequenzyEngine.DemoListId} 'Newsletter' (default) and list_beta 'Beta testers'; controls under /__sim/{SequenzyEngine.EngineId}/tenants/{SequenzyEngine.DemoWorkspaceId}",
        ];
    }
}
