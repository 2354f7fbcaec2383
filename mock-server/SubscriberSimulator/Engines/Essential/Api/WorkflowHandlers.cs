using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Essential.Api.Requests;
using SubscriberSimulator.Engines.Essential.Model;
using SubscriberSimulator.Engines.Essential.Rules;

namespace SubscriberSimulator.Engines.Essential.Api;

/// <summary>The workflow route: start an execution for a subscriber, or <c>{}</c> when none starts.</summary>
internal static class WorkflowHandlers
{
    public static ProviderResponse Start(ProviderCall<EssentialAccount> call)
    {
        var command = StartWorkflowCommand.FromJson(call.Body);
        using var work = call.BeginWork();
        var execution = SubscriberRules.StartWorkflow(work, call.Route["channel_sid"], call.Route["phone_number"], command);
        work.Commit();
        return JsonResponse.Create(200, execution, EssentialJson.WriteExecution);
    }
}
