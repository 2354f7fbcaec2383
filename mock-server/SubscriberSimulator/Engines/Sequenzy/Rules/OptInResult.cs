namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What a call did about double opt-in: nothing asked (<see cref="None"/>, no <c>optIn</c> in the
/// answer), a confirmation email queued, or confirmation required but the email withheld because
/// the contact got one less than <see cref="ConsentRules.ResendWindow"/> ago (<c>emailQueued: false</c>).
/// Ordered so that a call touching several contacts reports the greatest: a queued email wins.
/// </summary>
internal enum OptInResult
{
    None,
    EmailWithheld,
    EmailQueued,
}
