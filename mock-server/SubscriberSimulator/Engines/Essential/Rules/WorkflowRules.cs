using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Rules;

/// <summary>
/// Whether a workflow starts for a subscriber. Essential documents that a disabled workflow,
/// unmet start conditions or an exhausted execution count mean "no execution", not an error; a
/// subscriber who is not subscribed counts as a start condition not met. Only the upsert refuses
/// a disabled workflow (400), because there the caller asked for it as the welcome.
/// </summary>
internal static class WorkflowRules
{
    public static EssentialWorkflow Find(EssentialAccount account, string workflowSid) =>
        account.WorkflowsBySid.TryGetValue(SidGenerator.StripPrefix(workflowSid), out var workflow)
            ? workflow
            : throw RequestRefusedException.BadRequest($"Unknown workflow '{workflowSid}'.");

    /// <summary>The workflow an upsert names: unknown or disabled is a 400.</summary>
    public static EssentialWorkflow FindStartable(EssentialAccount account, string workflowSid)
    {
        var workflow = Find(account, workflowSid);
        return workflow.Enabled
            ? workflow
            : throw RequestRefusedException.BadRequest($"Workflow '{workflowSid}' is disabled and cannot be started.");
    }

    /// <summary>
    /// Stages an execution and its "workflow-start" message when the workflow may start for the
    /// subscriber (as it will be after this request); returns null, staging nothing, otherwise.
    /// </summary>
    public static WorkflowExecution? Start(UnitOfWork<EssentialAccount> work, EssentialWorkflow workflow, EssentialSubscriber subscriber, string? kwargsJson)
    {
        var account = work.Tenant;
        if (!workflow.Enabled || subscriber.Status != SubscriberStatus.Subscribed || !StartConditionsHold(workflow, subscriber))
        {
            return null;
        }

        if (workflow.MaxSubscriberExecutions is { } max
            && account.ExecutionCounts.GetValueOrDefault((workflow.Sid, subscriber.Sid)) >= max)
        {
            return null;
        }

        var execution = new WorkflowExecution(
            SidGenerator.NewSid(), workflow.Sid, subscriber.Sid, subscriber.ChannelSid, kwargsJson ?? "{}", "api", work.Now.UtcDateTime);
        work.OnCommit(() => Record(account, execution));
        work.Send(Messages.Sms(
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
            }));
        return execution;
    }

    /// <summary>Adds an execution to the account (at commit, and when the state file is read).</summary>
    public static void Record(EssentialAccount account, WorkflowExecution execution)
    {
        var key = (execution.WorkflowSid, execution.SubscriberSid);
        account.ExecutionCounts[key] = account.ExecutionCounts.GetValueOrDefault(key) + 1;
        account.Executions.Add(execution);
    }

    /// <summary>The simulator's start conditions: every required tag carried, every required property equal.</summary>
    public static bool StartConditionsHold(EssentialWorkflow workflow, EssentialSubscriber subscriber)
    {
        foreach (var tag in workflow.RequiredTagSids)
        {
            if (!TagSidList.Contains(subscriber.TagSids, tag))
            {
                return false;
            }
        }

        foreach (var (key, expected) in workflow.RequiredProperties)
        {
            if (!subscriber.Properties.TryGetValue(key, out var actual) || !string.Equals(actual, expected, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
