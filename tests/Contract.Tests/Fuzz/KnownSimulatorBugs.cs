using Contract.Tests.Contracts;

namespace Contract.Tests.Fuzz;

/// <summary>
/// Case kinds the general fuzz leaves out because they hit a reported simulator bug, pinned by
/// its own test in <see cref="SimulatorBugReproductionTests"/> that asserts the correct behaviour.
/// Remove an entry (and keep the reproduction test) once the simulator is fixed.
/// </summary>
internal static class KnownSimulatorBugs
{
    /// <summary>
    /// Invalid UTF-8 inside a JSON string passes <c>JsonDocument.Parse</c> in the simulator's
    /// RequestBodyReader (it does not validate string contents); the engine's later
    /// <c>GetString()</c> throws InvalidOperationException and the request answers 500 instead of 400.
    /// </summary>
    public static bool Excludes(FuzzCaseKind kind, ContractOperation operation) => kind == FuzzCaseKind.InvalidUtf8;

    /// <summary>
    /// Statuses the simulator answers that the spec does not document for the operation, pinned by
    /// <see cref="SpecMismatchReproductionTests"/>: Essential listSubscribers with an unknown
    /// <c>channel_sid</c> answers 404 (spec: 200, 400, 401); Sequenzy's three tag operations answer
    /// 409 when email and externalId belong to different subscribers (409 is documented only for
    /// create and update).
    /// </summary>
    public static bool IsKnownUndocumentedStatus(ContractOperation operation, int status) => (operation.DisplayName, status) switch
    {
        ("essential.listSubscribers", 404) => true,
        ("sequenzy.addSubscriberTag" or "sequenzy.addSubscriberTags" or "sequenzy.removeSubscriberTag", 409) => true,
        _ => false,
    };
}
