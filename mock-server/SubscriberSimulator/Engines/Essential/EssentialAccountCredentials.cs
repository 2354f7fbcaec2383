namespace SubscriberSimulator.Engines.Essential;

/// <summary>The Basic-auth pair of a simulated account: account SID as user name, token as password.</summary>
public sealed record EssentialAccountCredentials(string AccountSid, string AuthToken);
