namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>
/// The demo workspace for <c>--seed demo</c>, with fixed ids so the README's curl examples work:
/// one key with every scope, the default list "Newsletter" and a second list, double opt-in off,
/// three sequences (one started by <c>saas.trial_started</c>, one by the tag <c>churned</c>, one
/// paused) and the tag definitions "customer" and "vip" beside a system tag.
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
            // Tags first: the sequences' trigger and stop tags would otherwise create "customer"
            // with the default colour, and adding it again is a conflict.
            engine.AddTagDefinition(SequenzyEngine.DemoWorkspaceId, "customer", "green");
            engine.AddTagDefinition(SequenzyEngine.DemoWorkspaceId, "vip", "amber");
            engine.AddTagDefinition(SequenzyEngine.DemoWorkspaceId, "sequenzy-managed", isSystem: true);
            SeedSequences(engine);
        }

        return
        [
            $"base path {SequenzyEngine.Prefix}/api/v1, header 'Authorization: Bearer {SequenzyEngine.DemoApiKey}' (workspace {SequenzyEngine.DemoWorkspaceId}, double opt-in off)",
            $"lists {SequenzyEngine.DemoListId} 'Newsletter' (default) and list_beta 'Beta testers'; controls under /__sim/{SequenzyEngine.EngineId}/tenants/{SequenzyEngine.DemoWorkspaceId}",
            $"sequences {SequenzyEngine.DemoSequenceId} (event saas.trial_started), seq_winback (tag churned), seq_beta_invite (paused); system tag sequenzy-managed",
        ];
    }

    private static void SeedSequences(SequenzyEngine engine)
    {
        var onboarding = new SequenzySequenceOptions { Id = SequenzyEngine.DemoSequenceId, Name = "Onboarding", TriggerEvent = "saas.trial_started" };
        onboarding.Steps.Add(new SequenzySequenceStepOptions { Id = "node_welcome", Type = "action_email", Label = "Welcome to your trial" });
        onboarding.Steps.Add(new SequenzySequenceStepOptions { Id = "node_wait_2d", Type = "delay", Label = "Wait 2 days", DelayMinutes = 2 * 24 * 60 });
        onboarding.Steps.Add(new SequenzySequenceStepOptions { Id = "node_tips", Type = "action_email", Label = "Getting started tips" });
        engine.AddSequence(SequenzyEngine.DemoWorkspaceId, onboarding);

        var winback = new SequenzySequenceOptions { Id = "seq_winback", Name = "Win-back", TriggerTag = "churned" };
        winback.StopTags.Add("customer");
        winback.Steps.Add(new SequenzySequenceStepOptions { Id = "node_wait_7d", Type = "delay", Label = "Wait 7 days", DelayMinutes = 7 * 24 * 60 });
        winback.Steps.Add(new SequenzySequenceStepOptions { Id = "node_offer", Type = "action_email", Label = "We miss you" });
        engine.AddSequence(SequenzyEngine.DemoWorkspaceId, winback);

        var beta = new SequenzySequenceOptions { Id = "seq_beta_invite", Name = "Beta invite", EnrollmentPaused = true };
        beta.Steps.Add(new SequenzySequenceStepOptions { Id = "node_invite", Type = "action_email", Label = "Join the beta" });
        engine.AddSequence(SequenzyEngine.DemoWorkspaceId, beta);
    }
}
