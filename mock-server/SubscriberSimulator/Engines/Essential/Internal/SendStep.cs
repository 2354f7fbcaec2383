namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>
/// The last thing a sending request does before it commits. The fail-next-send control makes it
/// fail once, which proves the request's changes are rolled back with it.
/// </summary>
internal static class SendStep
{
    public static void Run(EssentialAccount account)
    {
        if (account.FailNextSend)
        {
            account.FailNextSend = false;
            throw new EssentialRequestException(
                500, "Sending failed (simulated by fail-next-send); no change was saved and nothing was sent.");
        }
    }
}
