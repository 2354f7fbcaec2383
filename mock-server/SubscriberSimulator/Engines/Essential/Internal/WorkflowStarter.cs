namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>
/// Decides whether a workflow starts for a subscriber. Essential documents that a disabled
/// workflow, unmet start conditions or an exhausted execution count mean "no execution", not an
/// error; a subscriber who is not subscribed counts as a start condition not met.
/// </summary>
internal static class WorkflowStarter
{
    public static EssentialWorkflow Find(EssentialAccount account, string workflowSid)
    {
        if (account.WorkflowsBySid.TryGetValue(SidGenerator.StripPrefix(workflowSid), out var workflow))
        {
            return workflow;
        }

        throw EssentialRequestException.BadRequest($"Unknown workflow '{workflowSid}'.");
    }

    public static WorkflowExecution? Plan(
        EssentialAccount account,
        EssentialWorkflow workflow,
        EssentialSubscriber subscriber,
        string? kwargsJson,
        string startedBy,
        DateTime now)
    {
        if (!workflow.Enabled || subscriber.Status != SubscriberStatus.Subscribed || !workflow.StartConditionsHold(subscriber))
        {
            return null;
        }

        if (workflow.MaxSubscriberExecutions is { } max
            && account.ExecutionCounts.GetValueOrDefault((workflow.Sid, subscriber.Sid)) >= max)
        {
            return null;
        }

        return new WorkflowExecution(
            SidGenerator.NewSid(), workflow.Sid, subscriber.Sid, subscriber.ChannelSid, kwargsJson ?? "{}", startedBy, now);
    }

    public static PendingMessage ToMessage(EssentialWorkflow workflow, EssentialSubscriber subscriber, WorkflowExecution execution) =>
        new(
            MessageKinds.WorkflowStart,
            subscriber.PhoneNumber,
            workflow.Name,
            new Dictionary<string, string>
            {
                ["channel_sid"] = subscriber.ChannelSid,
                ["subscriber_sid"] = subscriber.Sid,
                ["workflow_sid"] = workflow.Sid,
                ["execution_sid"] = execution.Sid,
                ["kwargs"] = execution.KwargsJson,
            });

    /// <summary>Records the execution; call only while committing.</summary>
    public static void Commit(EssentialAccount account, WorkflowExecution execution)
    {
        var key = (execution.WorkflowSid, execution.SubscriberSid);
        account.ExecutionCounts[key] = account.ExecutionCounts.GetValueOrDefault(key) + 1;
        account.Executions.Add(execution);
    }
}
