namespace SubscriberSimulator.Engines.Attentive;

/// <summary>
/// A sign-up unit of a company. Only API units can be used by the subscribe endpoint; locale plus
/// type resolve a unit only among API units.
/// </summary>
/// <param name="Id">The ID shown in the Sign-up Units tab, sent as <c>signUpSourceId</c>.</param>
/// <param name="Type">The subscription type an opt-in through this unit creates.</param>
/// <param name="Language">ISO 639-1, two lowercase letters (exact, case-sensitive match).</param>
/// <param name="Country">ISO 3166-1 alpha-2, two uppercase letters (exact, case-sensitive match).</param>
/// <param name="IsApi">False for units such as sign-up forms that the API cannot use.</param>
public sealed record AttentiveSignUpUnit(
    string Id,
    AttentiveSubscriptionType Type,
    string Language = "en",
    string Country = "US",
    bool IsApi = true);
