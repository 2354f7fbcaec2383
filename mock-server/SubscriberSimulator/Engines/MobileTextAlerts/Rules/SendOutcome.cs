namespace SubscriberSimulator.Engines.MobileTextAlerts.Rules;

/// <summary>What one <c>POST /v3/send</c> did, as the answer's counts (<c>SendResult</c>).</summary>
/// <param name="RecipientCount">Distinct subscribers the recipient fields resolved to.</param>
/// <param name="SentCount">Messages staged: recipients with a number that is not opted out.</param>
/// <param name="OptedOutCount">Recipients whose number is on the unsubscribe list.</param>
/// <param name="NoNumberCount">Email-only recipients.</param>
/// <param name="CreatedCount">Subscribers created from <c>subscribers</c> entries.</param>
internal readonly record struct SendOutcome(int RecipientCount, int SentCount, int OptedOutCount, int NoNumberCount, int CreatedCount);
