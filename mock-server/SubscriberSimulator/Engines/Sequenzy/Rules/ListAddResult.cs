namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>The outcome for one email of an add-to-list call.</summary>
internal sealed record ListAddResult(string Email, bool Success, bool Created, bool Updated, bool Skipped, bool AddedToList, string? Error)
{
    public static ListAddResult Failed(string email, string error) => new(email, false, false, false, false, false, error);
}
