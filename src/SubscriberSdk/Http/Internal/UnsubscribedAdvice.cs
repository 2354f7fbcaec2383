namespace SubscriberSdk.Http.Internal;

/// <summary>
/// The message of an <see cref="UnsubscribedException"/>, saying what happened and what to do once: a
/// provider message that already says the subscriber unsubscribed, or already names the update endpoint,
/// is not said again in the SDK's words.
/// </summary>
internal static class UnsubscribedAdvice
{
    private const string WhatHappened = "The subscriber has unsubscribed and an upsert cannot re-add them.";
    private const string WhatToDo = "Re-subscribing needs the subscriber update endpoint and a legal basis (fresh, documented consent).";

    public static string Message(string described, string? providerMessage)
    {
        var saysWhatHappened = Mentions(providerMessage, "unsubscribed");
        var saysWhatToDo = Mentions(providerMessage, "update");
        return string.Join(' ', new[] { described, saysWhatHappened ? null : WhatHappened, saysWhatToDo ? null : WhatToDo }.OfType<string>());
    }

    private static bool Mentions(string? text, string word) => text?.Contains(word, StringComparison.OrdinalIgnoreCase) == true;
}
