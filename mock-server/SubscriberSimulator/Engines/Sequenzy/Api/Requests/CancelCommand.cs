using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// The body of POST /sequences/{sequenceId}/enrollments/cancel: exactly one of <c>subscriberId</c>
/// (cancelled at once unless a dry run is asked for) and <c>subscriberIds</c> (up to 500; a dry run
/// unless <c>dryRun: false</c>), with the reason stored on what is cancelled.
/// </summary>
internal sealed record CancelCommand(string[] SubscriberIds, bool Many, bool DryRun, string? Reason)
{
    private const int MaxReasonLength = 500;

    private static readonly string[] Fields = ["subscriberId", "subscriberIds", "dryRun", "reason"];

    public static void CheckShape(JsonElement body) => FromJson(body);

    public static CancelCommand FromJson(JsonElement json)
    {
        var body = RequestObject.Body(json, Fields);
        var one = body.String("subscriberId");
        var many = body.StringArray("subscriberIds");
        if ((one is null) == (many is null) || many is { Length: 0 or > SubscriberIdentifiers.MaxTotal })
        {
            throw RequestRefusedException.BadRequest($"Provide exactly one target: subscriberId or subscriberIds (1 to {SubscriberIdentifiers.MaxTotal})");
        }

        var reason = body.String("reason");
        if (reason is { Length: > MaxReasonLength })
        {
            throw RequestRefusedException.BadRequest($"reason must be at most {MaxReasonLength} characters");
        }

        return new CancelCommand(many ?? [one!], many is not null, body.Boolean("dryRun") ?? many is not null, reason);
    }
}
