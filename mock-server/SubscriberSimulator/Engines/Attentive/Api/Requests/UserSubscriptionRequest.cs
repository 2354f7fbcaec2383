namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>One <c>subscriptions</c> entry of a v2 user record (UserSubscriptionDtoV2).</summary>
internal sealed record UserSubscriptionRequest(string SignUpSourceId, AttentiveChannel Channel, bool SingleOptIn);
