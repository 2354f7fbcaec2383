namespace SubscriberSdk.Essential;

/// <summary>
/// The one welcome an upsert may send: a message, the channel's welcome series, or a workflow. Essential
/// rejects more than one, so the type only lets you pick one.
/// </summary>
public sealed class EssentialWelcome
{
    private EssentialWelcome(EssentialWelcomeKind kind, string? messageBody, string? workflowSid, IReadOnlyDictionary<string, object?>? workflowArguments)
    {
        Kind = kind;
        MessageBody = messageBody;
        WorkflowSid = workflowSid;
        WorkflowArguments = workflowArguments;
    }

    /// <summary>Which welcome this is.</summary>
    public EssentialWelcomeKind Kind { get; }

    /// <summary>The text of a <see cref="EssentialWelcomeKind.Message"/> welcome.</summary>
    public string? MessageBody { get; }

    /// <summary>The workflow SID of a <see cref="EssentialWelcomeKind.Workflow"/> welcome.</summary>
    public string? WorkflowSid { get; }

    /// <summary>The workflow's arguments (<c>workflow_kwargs</c>).</summary>
    public IReadOnlyDictionary<string, object?>? WorkflowArguments { get; }

    /// <summary>Sends <paramref name="body"/> to a new subscriber.</summary>
    public static EssentialWelcome Message(string body) => new(EssentialWelcomeKind.Message, body, null, null);

    /// <summary>Sends the channel's welcome series to a new subscriber (the channel must have one).</summary>
    public static EssentialWelcome Series() => new(EssentialWelcomeKind.Series, null, null, null);

    /// <summary>Starts workflow <paramref name="workflowSid"/> with <paramref name="arguments"/>; it runs only if its start conditions hold.</summary>
    public static EssentialWelcome Workflow(string workflowSid, IReadOnlyDictionary<string, object?>? arguments = null) =>
        new(EssentialWelcomeKind.Workflow, null, workflowSid, arguments);
}
